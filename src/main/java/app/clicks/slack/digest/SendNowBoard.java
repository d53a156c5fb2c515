package app.clicks.slack.digest;

import app.clicks.digest.RunResult;
import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The last "send now" per workspace, for the Home tab: running, or its result (in memory: losing it is harmless). */
final class SendNowBoard {

  /** A send-now: {@code result} is null while it runs. */
  record Entry(Instant at, RunResult result) {
    public boolean running() {
      return result == null;
    }
  }

  private final Map<WorkspaceKey, Entry> entries = new ConcurrentHashMap<>();

  /** Marks a send-now as running; false when one is running already. */
  public boolean start(WorkspaceKey key, Instant at) {
    Entry previous = entries.get(key);
    if (previous != null && previous.running()) {
      return false;
    }
    entries.put(key, new Entry(at, null));
    return true;
  }

  public void finish(WorkspaceKey key, Instant at, RunResult result) {
    entries.put(key, new Entry(at, result));
  }

  public Optional<Entry> entry(WorkspaceKey key) {
    return Optional.ofNullable(entries.get(key));
  }
}
