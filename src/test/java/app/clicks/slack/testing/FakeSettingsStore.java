package app.clicks.slack.testing;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Settings kept in memory; {@link #failing} makes every read throw, like a database that is down. */
public final class FakeSettingsStore implements SettingsStore {
  public final Map<WorkspaceKey, WorkspaceSettings> saved = new ConcurrentHashMap<>();
  public volatile boolean failing;

  @Override
  public Optional<WorkspaceSettings> find(WorkspaceKey key) {
    if (failing) {
      throw new IllegalStateException("database is down (jdbc:postgresql://db/clicks?password=dbsecret)");
    }
    return Optional.ofNullable(saved.get(key));
  }

  @Override
  public void save(WorkspaceSettings settings) {
    saved.put(settings.key(), settings);
  }

  @Override
  public void delete(WorkspaceKey key) {
    saved.remove(key);
  }
}
