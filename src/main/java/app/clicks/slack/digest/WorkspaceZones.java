package app.clicks.slack.digest;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.SlackUser;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A workspace's report timezone and language as its settings give them, with the bot's defaults. */
final class WorkspaceZones {
  private final SettingsStore settings;
  private final ZoneId defaultZone;

  WorkspaceZones(SettingsStore settings, ZoneId defaultZone) {
    this.settings = settings;
    this.defaultZone = defaultZone;
  }

  public ZoneId zone(WorkspaceKey key) {
    return settings.find(key).map(WorkspaceSettings::zone).orElse(defaultZone);
  }

  /** The user's Slack language where known, else the workspace's. */
  public Locale locale(WorkspaceKey key, SlackUser user) {
    Optional<WorkspaceSettings> s = settings.find(key);
    return user.localeOr(s.map(WorkspaceSettings::language).orElse(null));
  }
}
