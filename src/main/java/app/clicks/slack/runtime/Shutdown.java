package app.clicks.slack.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What SIGTERM does (Heroku restarts dynos daily): closes, in order, the things given — first the way in (HTTP
 * server or Socket Mode: no new work), then the work queue (running work finishes within its grace), then the
 * scheduler and the database pool. Each close is attempted even when an earlier one fails; it runs once.
 */
final class Shutdown implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(Shutdown.class);

  private final List<AutoCloseable> inOrder = new CopyOnWriteArrayList<>();
  private volatile boolean done;

  Shutdown(List<? extends AutoCloseable> inOrder) {
    this.inOrder.addAll(inOrder);
  }

  /** Adds something to close after those already given. */
  Shutdown then(AutoCloseable c) {
    inOrder.add(c);
    return this;
  }

  /** Registers this as the JVM's shutdown hook (SIGTERM, SIGINT). */
  Shutdown onSigterm() {
    Runtime.getRuntime().addShutdownHook(new Thread(this, "shutdown"));
    return this;
  }

  @Override
  public synchronized void run() {
    if (done) {
      return;
    }
    done = true;
    log.info("shutting down");
    for (AutoCloseable c : inOrder) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
    log.info("shut down");
  }
}
