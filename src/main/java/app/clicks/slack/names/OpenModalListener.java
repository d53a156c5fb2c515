package app.clicks.slack.names;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Name ads" / "Conversion codes": opens the modal for admins, a refusal for anyone else. */
final class OpenModalListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(OpenModalListener.class);

  private final String what;
  private final WorkspaceAds ads;
  private final SlackUsers users;
  private final BiFunction<WorkspaceKey, Locale, View> form;
  private final Function<Locale, View> refused;

  /** @param what names the modal in log lines */
  OpenModalListener(String what, WorkspaceAds ads, SlackUsers users, BiFunction<WorkspaceKey, Locale, View> form,
      Function<Locale, View> refused) {
    this.what = what;
    this.ads = ads;
    this.users = users;
    this.form = form;
    this.refused = refused;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      Locale locale = ads.locale(key, user);
      AdminModal.open(ctx, p.getTriggerId(), user, userId, key, what, () -> form.apply(key, locale),
          () -> refused.apply(locale));
    } catch (Exception e) {
      LOG.error("Could not open the {} modal for {} in {}", what, userId, key, e);
    }
    return ctx.ack();
  }
}
