package app.clicks.slack.digest;

import app.clicks.digest.DigestModule;
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
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest modal's submission: checks again that the user is an admin, answers format problems as field errors,
 * saves and (re)schedules the digest at once (off removes it), and republishes the admin's Home tab.
 */
final class DigestSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSubmissionListener.class);

  private final DigestModule digest;
  private final WorkspaceZones zones;
  private final SlackUsers users;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  DigestSubmissionListener(DigestModule digest, WorkspaceZones zones, SlackUsers users, HomeTab home,
      Executor executor, Clock clock) {
    this.digest = digest;
    this.zones = zones;
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
      locale = zones.locale(key, user);
      Texts t = DigestTexts.of(locale);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: digest change refused.", userId, key);
        return ctx.ackWithErrors(Map.of(DigestActions.CHANNEL, t.get("modal.refused")));
      }
      DigestForm.Result form = DigestForm.read(submitted.getState().getValues(), key, shownZone(submitted, key), t);
      if (!form.valid()) {
        return ctx.ackWithErrors(form.errors());
      }
      digest.save(form.schedule(), clock.instant());
      LOG.info("{} set the digest of {}: channel {} at {} {} on {} ({}, {}).", userId, key, form.schedule().channelId(),
          form.schedule().time(), form.schedule().zone(), form.schedule().daysText(), form.schedule().emptyPolicy(),
          form.schedule().enabled() ? "on" : "off");
      republish(ctx, key, userId);
      return ctx.ack();
    } catch (RuntimeException e) {
      LOG.error("Could not save the digest of {}", key, e);
      return ctx.ackWithErrors(Map.of(DigestActions.CHANNEL, DigestTexts.of(locale).get("error.save")));
    }
  }

  /** The zone the modal named (its private_metadata), else the workspace's current one. */
  private ZoneId shownZone(View submitted, WorkspaceKey key) {
    String shown = submitted.getPrivateMetadata();
    try {
      return shown == null || shown.isBlank() ? zones.zone(key) : ZoneId.of(shown);
    } catch (DateTimeException e) {
      return zones.zone(key);
    }
  }

  private void republish(ViewSubmissionContext ctx, WorkspaceKey key, String userId) {
    try {
      executor.execute(() -> home.publish(ctx.client(), key, userId));
    } catch (RejectedExecutionException e) {
      LOG.warn("No room to republish the Home tab for {} now.", userId);
    }
  }
}
