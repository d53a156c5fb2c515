package app.clicks.slack.home;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets a workspace the app was removed from (uninstalled, bot tokens revoked): its settings and wolkvox token,
 * and whatever other features keep for it (the last connection test, the digest's schedule).
 */
final class WorkspaceRemoval {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRemoval.class);

  private final SettingsStore store;
  private final List<Consumer<WorkspaceKey>> more = new CopyOnWriteArrayList<>();

  WorkspaceRemoval(SettingsStore store) {
    this.store = store;
  }

  /** Adds what another feature forgets of a removed workspace. */
  void also(Consumer<WorkspaceKey> forget) {
    more.add(forget);
  }

  void remove(WorkspaceKey key) {
    store.delete(key);
    for (Consumer<WorkspaceKey> forget : more) {
      try {
        forget.accept(key);
      } catch (RuntimeException e) {
        LOG.warn("Removing {}: a feature could not forget it", key, e);
      }
    }
  }
}
