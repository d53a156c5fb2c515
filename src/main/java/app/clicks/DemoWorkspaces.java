package app.clicks;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.settings.WorkspaceSettings.TokenState;
import java.time.ZoneId;
import java.util.Optional;

/**
 * In demo mode (WOLKVOX_DEMO=true), the settings /clicks and the digest read: every workspace is connected to the
 * demo data's server {@value #SERVER}, with its own zone and language when it has set them. So a newcomer gets
 * answers before connecting anything, and the demo's stored clicks never mix with a real server's.
 */
final class DemoWorkspaces implements SettingsStore {
  /** The server id the demo data is fetched and stored under (the `report --demo` command reads the same data). */
  static final String SERVER = "demo";

  private final SettingsStore stored;
  private final ZoneId defaultZone;

  DemoWorkspaces(SettingsStore stored, ZoneId defaultZone) {
    this.stored = stored;
    this.defaultZone = defaultZone;
  }

  @Override
  public Optional<WorkspaceSettings> find(WorkspaceKey key) {
    Optional<WorkspaceSettings> own = stored.find(key);
    return Optional.of(new WorkspaceSettings(key, SERVER, SERVER, TokenState.OK,
        own.map(WorkspaceSettings::zone).orElse(defaultZone), own.map(WorkspaceSettings::language).orElse(null),
        own.map(WorkspaceSettings::changedBy).orElse(null), own.map(WorkspaceSettings::changedAt).orElse(null)));
  }

  @Override
  public void save(WorkspaceSettings settings) {
    stored.save(settings);
  }

  @Override
  public void delete(WorkspaceKey key) {
    stored.delete(key);
  }
}
