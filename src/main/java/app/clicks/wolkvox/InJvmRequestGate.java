package app.clicks.wolkvox;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/** The in-process request gate: a fair semaphore of the configured size (1 or 2) per wolkvox server id. */
public final class InJvmRequestGate implements RequestGate {
  private final int limit;
  private final ConcurrentMap<String, Semaphore> perServer = new ConcurrentHashMap<>();

  public InJvmRequestGate(int limit) {
    if (limit < 1 || limit > 2) {
      throw new IllegalArgumentException("at most 1 or 2 requests in flight per wolkvox server");
    }
    this.limit = limit;
  }

  /** How many threads are waiting for a permit to {@code serverId} (for tests and diagnostics). */
  public int waiting(String serverId) {
    Semaphore s = perServer.get(serverId);
    return s == null ? 0 : s.getQueueLength();
  }

  @Override
  public Permit acquire(String serverId) throws InterruptedException {
    Semaphore s = perServer.computeIfAbsent(serverId, id -> new Semaphore(limit, true));
    s.acquire();
    AtomicBoolean open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        s.release();
      }
    };
  }
}
