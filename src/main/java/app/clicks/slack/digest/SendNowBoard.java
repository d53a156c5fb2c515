package app.clicks.slack.digest;

import app.clicks.digest.RunResult;
import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last "send now" per workspace (one at a time per workspace, so a burst of clicks asks wolkvox once), for the
 * Home tab: which subscription, running or its result. In memory: losing it is harmless.
 */
final class SendNowBoard {

  /** A send-now of subscription {@code subscriptionId}: {@code result} is null while it runs. */
  record Entry(long subscriptionId, Instant at, RunResult result) {
    public boolean running() {
      return result == null;
    }
  }

  private final Map<WorkspaceKey, Entry> entries = new ConcurrentHashMap<>();

  /** Marks a send-now as running; false when one of the workspace's is running already. */
  public boolean start(WorkspaceKey key, long subscriptionId, Instant at) {
    Entry fresh = new Entry(subscriptionId, at, null);
    boolean[] started = {false};
    entries.compute(key, (k, previous) -> {
      if (previous != null && previous.running()) {
        return previous;
      }
      started[0] = true;
      return fresh;
    });
    return started[0];
  }

  public void finish(WorkspaceKey key, long subscriptionId, Instant at, RunResult result) {
    entries.put(key, new Entry(subscriptionId, at, result));
  }

  public Optional<Entry> entry(WorkspaceKey key) {
    return Optional.ofNullable(entries.get(key));
  }
}
