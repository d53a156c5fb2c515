package app.clicks.slack.digest;

import app.clicks.digest.DigestSchedule;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** "Set daily digest" / "Change daily digest": opens the digest modal for admins, a refusal for anyone else. */
final class DigestButtonListener implements BlockActionHandler {
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
    return AdminModal.openFor(req, ctx, users, "digest", (key, user) -> {
      Locale locale = zones.locale(key, user);
      return new AdminModal.Views(
          () -> DigestModal.form(schedules.apply(key), zones.zone(key), locale), () -> DigestModal.refused(locale));
    });
  }
}
