package app.clicks.slack.connect;

import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ConnectionVerdict;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last connection test of each workspace, and whether one runs now. A cache that can be lost: after a restart
 * the Home tab just shows no verdict until the next test.
 */
final class TestBoard {
  private final Map<WorkspaceKey, Optional<ConnectionVerdict>> verdicts = new ConcurrentHashMap<>();

  /** Marks a test as running (the Home tab shows "testing…"). */
  public void testing(WorkspaceKey key) {
    verdicts.put(key, Optional.empty());
  }

  public void verdict(WorkspaceKey key, ConnectionVerdict verdict) {
    verdicts.put(key, Optional.of(verdict));
  }

  public void forget(WorkspaceKey key) {
    verdicts.remove(key);
  }

  /** The status part of the Home tab: the server's {@code use} as given, and the verdict or testing it knows. */
  public ConnectionStatus status(WorkspaceKey key, Optional<ConnectionStatus.ServerUse> use) {
    Optional<ConnectionVerdict> v = verdicts.get(key);
    return new ConnectionStatus(use, v == null ? Optional.empty() : v, v != null && v.isEmpty());
  }
}
