package app.clicks.slack.teams;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.teams.Teams;
import app.clicks.teams.TeamsSettings;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Teams modal's submission: checks again that the user is an admin, answers bad input as field errors, saves
 * (both secrets sealed), then off the request thread posts the test card and republishes the admin's Home tab with
 * its result.
 */
final class TeamsSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsSubmissionListener.class);

  private final Teams teams;
  private final SettingsStore settings;
  private final SlackUsers users;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  TeamsSubmissionListener(Teams teams, SettingsStore settings, SlackUsers users, HomeTab home, Executor executor,
      Clock clock) {
    this.teams = teams;
    this.settings = settings;
    this.users = users;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    AdminSubmission.Feature feature = new AdminSubmission.Feature("Teams settings", users,
        (key, user) -> user.localeOr(settings.find(key).map(WorkspaceSettings::language).orElse(null)),
        TeamsHomeTexts::of, "modal.refused");
    return AdminSubmission.handle(req, ctx, feature, TeamsActions.WEBHOOK, s -> {
      WorkspaceKey key = s.key();
      Optional<TeamsSettings> current = teams.store().find(key);
      TeamsForm.Result form = TeamsForm.read(s.view().getState().getValues(), key, current, s.userId(),
          clock.instant(), s.texts());
      if (!form.valid()) {
        LOG.info("{} submitted Teams settings for {} with errors in {}", s.userId(), key, form.errors().keySet());
        return ctx.ackWithErrors(form.errors());
      }
      teams.save(form.settings());
      try {
        executor.execute(() -> {
          try {
            teams.sendTest(form.settings());
          } catch (RuntimeException e) {
            LOG.error("Teams test card of {} failed", key, e);
          }
          home.publish(ctx.client(), key, s.userId());
        });
      } catch (RejectedExecutionException e) {
        LOG.warn("No room to send the Teams test card for {} now.", key);
      }
      return ctx.ack();
    });
  }
}
