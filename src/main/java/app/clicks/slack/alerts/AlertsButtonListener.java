package app.clicks.slack.alerts;

import app.clicks.alerts.AlertSettingsStore;
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
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Set alerts" / "Change alerts": opens the alerts modal for admins, a refusal for anyone else. */
final class AlertsButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsButtonListener.class);

  private final AlertSettingsStore rules;
  private final WorkspaceLook look;
  private final SlackUsers users;

  AlertsButtonListener(AlertSettingsStore rules, WorkspaceLook look, SlackUsers users) {
    this.rules = rules;
    this.look = look;
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      Locale locale = look.locale(key, user);
      AdminModal.open(ctx, p.getTriggerId(), user, userId, key, "alerts",
          () -> AlertsModal.form(rules.find(key), look.zone(key), locale), () -> AlertsModal.refused(locale));
    } catch (Exception e) {
      LOG.error("Could not open the alerts modal for {} in {}", userId, key, e);
    }
    return ctx.ack();
  }
}
