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
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Connect wolkvox" / "Change connection": opens the connect modal for admins, a refusal for anyone else. */
final class ConnectButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectButtonListener.class);

  private final SettingsStore store;
  private final SlackUsers users;

  ConnectButtonListener(SettingsStore store, SlackUsers users) {
    this.store = store;
    this.users = users;
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
          () -> ConnectModal.form(current, locale), () -> ConnectModal.refused(locale));
    } catch (Exception e) {
      LOG.error("Could not open the connect modal for {} in {}", userId, key, e);
    }
    return ctx.ack();
  }
}
