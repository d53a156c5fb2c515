package app.clicks.slack.alerts;

import app.clicks.alerts.AlertModule;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts modal's submission: checks again that the user is an admin, answers bad input as field errors, saves the
 * rules and starts or stops the checks at once, and republishes the admin's Home tab.
 */
final class AlertsSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsSubmissionListener.class);

  private final AlertModule alerts;
  private final WorkspaceLook look;
  private final SlackUsers users;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  AlertsSubmissionListener(AlertModule alerts, WorkspaceLook look, SlackUsers users, HomeTab home, Executor executor,
      Clock clock) {
    this.alerts = alerts;
    this.look = look;
    this.users = users;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    AdminSubmission.Feature feature =
        new AdminSubmission.Feature("alerts", users, look::locale, AlertsTexts::of, "modal.refused");
    return AdminSubmission.handle(req, ctx, feature, AlertsActions.CHANNEL, s -> {
      AlertsForm.Result form = AlertsForm.read(s.view().getState().getValues(), s.key(), s.texts(),
          alerts.teamsConnected(s.key()));
      if (!form.valid()) {
        return ctx.ackWithErrors(form.errors());
      }
      alerts.save(form.rules(), look.zone(s.key()), s.userId(), clock.instant());
      LOG.info("{} set the alerts of {}: channel {}, to {}, {}-{} on {}, silence {}, drop {}, ad {}.", s.userId(),
          s.key(), form.rules().channelId(), form.rules().destinations(), form.rules().from(), form.rules().to(),
          form.rules().days(),
          form.rules().silence(), form.rules().drop(), form.rules().adStopped());
      AdminSubmission.republish(home, executor, s);
      return ctx.ack();
    });
  }
}
