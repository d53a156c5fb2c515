package app.clicks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ordered closer of what the composition root builds: each part is added as it is built and closed last
 * built first, on SIGTERM or when a later part fails to start. Each close is tried even when an earlier one fails.
 */
final class Teardown implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Teardown.class);

  private final Deque<AutoCloseable> built = new ArrayDeque<>();

  /** Adds {@code part}, to be closed before everything built before it. */
  synchronized <T extends AutoCloseable> T add(T part) {
    built.push(part);
    return part;
  }

  /** Adds an executor: at close, running work may end within 20 s. */
  synchronized <T extends ExecutorService> T addExecutor(T executor) {
    built.push(() -> {
      executor.shutdown();
      if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    });
    return executor;
  }

  @Override
  public synchronized void close() {
    while (!built.isEmpty()) {
      AutoCloseable part = built.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", part.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
