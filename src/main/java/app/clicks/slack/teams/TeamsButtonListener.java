package app.clicks.slack.teams;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUsers;
import app.clicks.teams.TeamsSettingsStore;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Optional;

/** "Connect Teams" / "Change": opens the Teams modal for admins, a refusal for anyone else. */
final class TeamsButtonListener implements BlockActionHandler {
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
    return AdminModal.openFor(req, ctx, users, "Teams", (key, user) -> {
      Optional<WorkspaceSettings> ws = settings.find(key);
      Locale workspaceLanguage = ws.map(WorkspaceSettings::language).orElse(null);
      Locale locale = user.localeOr(workspaceLanguage);
      return new AdminModal.Views(
          () -> TeamsModal.form(store.find(key), workspaceLanguage, locale), () -> TeamsModal.refused(locale));
    });
  }
}
