package app.clicks.settings;

import java.util.Optional;

/** Per-workspace settings, kept in the application's database with the wolkvox token encrypted. */
public interface SettingsStore {

  Optional<WorkspaceSettings> find(WorkspaceKey key);

  /** Saves (inserts or replaces) the settings; the token is encrypted before it is written. */
  void save(WorkspaceSettings settings);

  /** Deletes the workspace's settings and token (disconnect, uninstall, tokens revoked). */
  void delete(WorkspaceKey key);
}
