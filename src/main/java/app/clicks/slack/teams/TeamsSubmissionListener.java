package app.clicks.slack.teams;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import app.clicks.teams.Teams;
import app.clicks.teams.TeamsSettings;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
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
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    Locale locale = Locale.ENGLISH;
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      locale = user.localeOr(settings.find(key).map(WorkspaceSettings::language).orElse(null));
      Texts t = TeamsHomeTexts.of(locale);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: Teams change refused.", userId, key);
        return ctx.ackWithErrors(Map.of(TeamsActions.WEBHOOK, t.get("modal.refused")));
      }
      Optional<TeamsSettings> current = teams.store().find(key);
      TeamsForm.Result form = TeamsForm.read(req.getPayload().getView().getState().getValues(), key, current,
          userId, clock.instant(), t);
      if (!form.valid()) {
        LOG.info("{} submitted Teams settings for {} with errors in {}", userId, key, form.errors().keySet());
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
          home.publish(ctx.client(), key, userId);
        });
      } catch (RejectedExecutionException e) {
        LOG.warn("No room to send the Teams test card for {} now.", key);
      }
      return ctx.ack();
    } catch (RuntimeException e) {
      LOG.error("Could not save the Teams settings of {}", key, e);
      return ctx.ackWithErrors(Map.of(TeamsActions.WEBHOOK, TeamsHomeTexts.of(locale).get("error.save")));
    }
  }
}
