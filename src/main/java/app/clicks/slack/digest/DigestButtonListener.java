package app.clicks.slack.digest;

import app.clicks.digest.DigestSchedule;
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
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Set daily digest" / "Change daily digest": opens the digest modal for admins, a refusal for anyone else. */
final class DigestButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DigestButtonListener.class);

  private final Function<WorkspaceKey, Optional<DigestSchedule>> schedules;
  private final WorkspaceZones zones;
  private final SlackUsers users;

  DigestButtonListener(
      Function<WorkspaceKey, Optional<DigestSchedule>> schedules, WorkspaceZones zones, SlackUsers users) {
    this.schedules = schedules;
    this.zones = zones;
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      Locale locale = zones.locale(key, user);
      AdminModal.open(ctx, p.getTriggerId(), user, userId, key, "digest",
          () -> DigestModal.form(schedules.apply(key), zones.zone(key), locale), () -> DigestModal.refused(locale));
    } catch (Exception e) {
      LOG.error("Could not open the digest modal for {} in {}", userId, key, e);
    }
    return ctx.ack();
  }
}
