package app.clicks.slack.teams;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import app.clicks.teams.TeamsSettingsStore;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Connect Teams" / "Change": opens the Teams modal for admins, a refusal for anyone else. */
final class TeamsButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsButtonListener.class);

  private final TeamsSettingsStore store;
  private final SettingsStore settings;
  private final SlackUsers users;

  TeamsButtonListener(TeamsSettingsStore store, SettingsStore settings, SlackUsers users) {
    this.store = store;
    this.settings = settings;
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      Optional<WorkspaceSettings> ws = settings.find(key);
      Locale workspaceLanguage = ws.map(WorkspaceSettings::language).orElse(null);
      Locale locale = user.localeOr(workspaceLanguage);
      AdminModal.open(ctx, p.getTriggerId(), user, userId, key, "teams",
          () -> TeamsModal.form(store.find(key), workspaceLanguage, locale), () -> TeamsModal.refused(locale));
    } catch (Exception e) {
      LOG.error("Could not open the Teams modal for {} in {}", userId, key, e);
    }
    return ctx.ack();
  }
}
