package app.clicks.testing;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings kept in memory. {@link #failing} makes every read throw, {@link #failNextFind} only the next one, as a
 * database that is down would (its message carries a connection string with a password, which must never reach a
 * user).
 */
public final class FakeSettingsStore implements SettingsStore {
  public final Map<WorkspaceKey, WorkspaceSettings> saved = new ConcurrentHashMap<>();
  public volatile boolean failing;
  public volatile boolean failNextFind;

  /** A store in which each of {@code keys} has wolkvox server 0042 connected (Bogota, English, by U1). */
  public static FakeSettingsStore connected(WorkspaceKey... keys) {
    FakeSettingsStore f = new FakeSettingsStore();
    for (WorkspaceKey k : keys) {
      f.save(new WorkspaceSettings(k, "0042", "wolkvox-token-secret", WorkspaceSettings.TokenState.OK,
          ZoneId.of("America/Bogota"), Locale.ENGLISH, "U1", Instant.EPOCH));
    }
    return f;
  }

  @Override
  public Optional<WorkspaceSettings> find(WorkspaceKey key) {
    if (failing || failNextFind) {
      failNextFind = false;
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
