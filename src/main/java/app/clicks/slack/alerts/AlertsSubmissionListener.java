package app.clicks.slack.alerts;

import app.clicks.alerts.AlertModule;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    View submitted = req.getPayload().getView();
    Locale locale = Locale.ENGLISH;
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      locale = look.locale(key, user);
      Texts t = AlertsTexts.of(locale);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: alerts change refused.", userId, key);
        return ctx.ackWithErrors(Map.of(AlertsActions.CHANNEL, t.get("modal.refused")));
      }
      AlertsForm.Result form = AlertsForm.read(submitted.getState().getValues(), key, t);
      if (!form.valid()) {
        return ctx.ackWithErrors(form.errors());
      }
      alerts.save(form.rules(), look.zone(key), userId, clock.instant());
      LOG.info("{} set the alerts of {}: channel {}, {}-{} on {}, silence {}, drop {}, ad {}.", userId, key,
          form.rules().channelId(), form.rules().from(), form.rules().to(), form.rules().days(),
          form.rules().silence(), form.rules().drop(), form.rules().adStopped());
      try {
        executor.execute(() -> home.publish(ctx.client(), key, userId));
      } catch (RejectedExecutionException e) {
        LOG.warn("No room to republish the Home tab for {} now.", userId);
      }
      return ctx.ack();
    } catch (RuntimeException e) {
      LOG.error("Could not save the alerts of {}", key, e);
      return ctx.ackWithErrors(Map.of(AlertsActions.CHANNEL, AlertsTexts.of(locale).get("error.save")));
    }
  }
}
