package app.clicks.slack.digest;

import app.clicks.digest.Subscriptions;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Delete" in the confirmation modal: checks again that the user is an admin, deletes the subscription (and its
 * trigger) and republishes the admin's Home tab. Anyone else's submission deletes nothing.
 */
final class DeleteSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DeleteSubmissionListener.class);

  private final Subscriptions subscriptions;
  private final WorkspaceZones zones;
  private final SlackUsers users;
  private final HomeTab home;
  private final Executor executor;

  DeleteSubmissionListener(Subscriptions subscriptions, WorkspaceZones zones, SlackUsers users, HomeTab home,
      Executor executor) {
    this.subscriptions = subscriptions;
    this.zones = zones;
    this.users = users;
    this.home = home;
    this.executor = executor;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    AdminSubmission.Feature feature =
        new AdminSubmission.Feature("digest deletion", users, zones::locale, DigestTexts::of, "modal.refused");
    return AdminSubmission.handle(req, ctx, feature, null, s -> {
      long id = DigestModal.Metadata.read(s.view().getPrivateMetadata()).id();
      boolean found = id > 0 && subscriptions.delete(s.key(), id);
      LOG.info("{} deleted digest subscription {} of {}{}.", s.userId(), id, s.key(),
          found ? "" : " (it no longer existed)");
      AdminSubmission.republish(home, executor, s);
      return ctx.ack();
    });
  }
}
