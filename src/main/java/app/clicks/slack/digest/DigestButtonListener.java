package app.clicks.slack.digest;

import app.clicks.digest.Subscriptions;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.AdminAction;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.digest.DigestActions.MenuChoice;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Add subscription" and each subscription's "…" menu (change, turn off or on, send now, delete). Each checks that
 * the user is an admin: the forms open for admins and a refusal for anyone else; turning off or on is done for
 * admins only, and the Home tab republished either way.
 */
final class DigestButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DigestButtonListener.class);

  private final Subscriptions subscriptions;
  private final DigestViews views;
  private final WorkspaceZones zones;
  private final SlackUsers users;
  private final HomeTab home;
  private final SendNowListener sendNow;
  private final Clock clock;

  DigestButtonListener(Subscriptions subscriptions, DigestViews views, WorkspaceZones zones, SlackUsers users,
      HomeTab home, SendNowListener sendNow, Clock clock) {
    this.subscriptions = subscriptions;
    this.views = views;
    this.zones = zones;
    this.users = users;
    this.home = home;
    this.sendNow = sendNow;
    this.clock = clock;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    List<BlockActionPayload.Action> actions = req.getPayload().getActions();
    BlockActionPayload.Action action = actions == null || actions.isEmpty() ? null : actions.get(0);
    if (action == null) {
      return ctx.ack();
    }
    if (DigestActions.ADD.equals(action.getActionId())) {
      return open(req, ctx, "digest add", (key, locale) -> views.add(key, locale));
    }
    MenuChoice choice = MenuChoice.parse(action.getSelectedOption() == null ? null
        : action.getSelectedOption().getValue());
    if (choice == null) {
      LOG.warn("A digest menu choice that is not one: {}", action.getSelectedOption());
      return ctx.ack();
    }
    long id = choice.id();
    return switch (choice.menu()) {
      case CHANGE -> open(req, ctx, "digest change", (key, locale) -> views.change(key, id, locale));
      case DELETE -> open(req, ctx, "digest delete", (key, locale) -> views.delete(key, id, locale));
      case OFF, ON -> {
        boolean on = choice.menu() == DigestActions.Menu.ON;
        yield AdminAction.runFor(req, ctx, users, home, on ? "digest turn on" : "digest turn off", (key, user) -> {
          boolean found = subscriptions.setEnabled(key, id, on, clock.instant());
          LOG.info("{} turned digest subscription {} of {} {}{}.", user, id, key, on ? "on" : "off",
              found ? "" : " (it no longer exists)");
        });
      }
      case SEND_NOW -> sendNow.send(req, ctx, id);
    };
  }

  /** What one of the admin's modals is, for a workspace in a language. */
  @FunctionalInterface
  private interface Form {
    View view(WorkspaceKey key, Locale locale);
  }

  private Response open(BlockActionRequest req, ActionContext ctx, String what, Form form) {
    return AdminModal.openFor(req, ctx, users, what, (key, user) -> {
      Locale locale = zones.locale(key, user);
      return new AdminModal.Views(() -> form.view(key, locale), () -> DigestModal.refused(locale));
    });
  }
}
