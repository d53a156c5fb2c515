package app.clicks.slack.alerts;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.SlackUser;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A workspace's report timezone and a user's language, with the bot's defaults. */
final class WorkspaceLook {
  private final SettingsStore settings;
  private final ZoneId defaultZone;

  WorkspaceLook(SettingsStore settings, ZoneId defaultZone) {
    this.settings = settings;
    this.defaultZone = defaultZone;
  }

  ZoneId zone(WorkspaceKey key) {
    return settings.find(key).map(WorkspaceSettings::zone).orElse(defaultZone);
  }

  Locale locale(WorkspaceKey key, SlackUser user) {
    Optional<WorkspaceSettings> s = settings.find(key);
    return user.localeOr(s.map(WorkspaceSettings::language).orElse(null));
  }
}
