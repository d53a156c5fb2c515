package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Connect wolkvox" / "Change connection": opens the connect modal for admins, a refusal for anyone else. */
final class ConnectButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectButtonListener.class);

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
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      Optional<WorkspaceSettings> current = store.find(key);
      Locale locale = user.localeOr(current.map(WorkspaceSettings::language).orElse(null));
      AdminModal.open(ctx, p.getTriggerId(), user, userId, key, "connect",
          () -> ConnectModal.form(current, defaultZone, locale), () -> ConnectModal.refused(locale));
    } catch (Exception e) {
      LOG.error("Could not open the connect modal for {} in {}", userId, key, e);
    }
    return ctx.ack();
  }
}
