package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** "Connect wolkvox" / "Change connection": opens the connect modal for admins, a refusal for anyone else. */
final class ConnectButtonListener implements BlockActionHandler {
  private final SettingsStore store;
  private final SlackUsers users;
  private final ZoneId defaultZone;

  /** @param defaultZone the zone the form offers to a workspace that has none yet (REPORT_TIMEZONE) */
  ConnectButtonListener(SettingsStore store, SlackUsers users, ZoneId defaultZone) {
    this.store = store;
    this.users = users;
    this.defaultZone = defaultZone;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    return AdminModal.openFor(req, ctx, users, "connect", (key, user) -> {
      Optional<WorkspaceSettings> current = store.find(key);
      Locale locale = user.localeOr(current.map(WorkspaceSettings::language).orElse(null));
      return new AdminModal.Views(() -> ConnectModal.form(current, defaultZone, locale), () -> ConnectModal.refused(locale));
    });
  }
}
