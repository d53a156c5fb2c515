package app.clicks.slack.alerts;

import app.clicks.alerts.AlertModule;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;

/** "Set alerts" / "Change alerts": opens the alerts modal for admins, a refusal for anyone else. */
final class AlertsButtonListener implements BlockActionHandler {
  private final AlertModule alerts;
  private final WorkspaceLook look;
  private final SlackUsers users;

  AlertsButtonListener(AlertModule alerts, WorkspaceLook look, SlackUsers users) {
    this.alerts = alerts;
    this.look = look;
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    return AdminModal.openFor(req, ctx, users, "alerts", (key, user) -> {
      Locale locale = look.locale(key, user);
      return new AdminModal.Views(
          () -> AlertsModal.form(alerts.rules().find(key), look.zone(key), locale, alerts.teamsConnected(key)),
          () -> AlertsModal.refused(locale));
    });
  }
}
