package app.clicks.slack.digest;

import app.clicks.digest.DigestModule;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Executor;
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
    AdminSubmission.Feature feature =
        new AdminSubmission.Feature("digest", users, zones::locale, DigestTexts::of, "modal.refused");
    return AdminSubmission.handle(req, ctx, feature, DigestActions.CHANNEL, s -> {
      DigestForm.Result form = DigestForm.read(s.view().getState().getValues(), s.key(), shownZone(s.view(), s.key()),
          s.texts());
      if (!form.valid()) {
        return ctx.ackWithErrors(form.errors());
      }
      digest.save(form.schedule(), clock.instant());
      LOG.info("{} set the digest of {}: channel {} at {} {} on {} ({}, {}).", s.userId(), s.key(),
          form.schedule().channelId(), form.schedule().time(), form.schedule().zone(), form.schedule().daysText(),
          form.schedule().emptyPolicy(), form.schedule().enabled() ? "on" : "off");
      AdminSubmission.republish(home, executor, s);
      return ctx.ack();
    });
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

}
