package app.clicks.slack.home;

import app.clicks.slack.connect.TestBoard;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets a workspace the app was removed from (uninstalled, bot tokens revoked): its settings and wolkvox token,
 * the last connection test, and whatever other features keep for it (the digest's schedule).
 */
final class WorkspaceRemoval {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRemoval.class);

  private final SettingsStore store;
  private final TestBoard board;
  private final List<Consumer<WorkspaceKey>> more = new CopyOnWriteArrayList<>();

  WorkspaceRemoval(SettingsStore store, TestBoard board) {
    this.store = store;
    this.board = board;
  }

  /** Adds what another feature forgets of a removed workspace. */
  void also(Consumer<WorkspaceKey> forget) {
    more.add(forget);
  }

  void remove(WorkspaceKey key) {
    store.delete(key);
    board.forget(key);
    for (Consumer<WorkspaceKey> forget : more) {
      try {
        forget.accept(key);
      } catch (RuntimeException e) {
        LOG.warn("Removing {}: a feature could not forget it", key, e);
      }
    }
  }
}
