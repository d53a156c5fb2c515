package app.clicks.slack.runtime;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast lane of answers: a few threads reading the store and rendering, with a queue as long as the requests
 * that may wait at once (slack.clicks.AnswerLanes); fetches from wolkvox run in the store, not here. Closing stops
 * taking work and lets running work finish within a grace period.
 */
final class WorkQueue implements Executor, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

  private final ThreadPoolExecutor pool;
  private final Duration grace;

  WorkQueue(int threads, int queueSize, Duration grace) {
    BlockingQueue<Runnable> queue = queueSize == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueSize);
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, queue, r -> {
      Thread t = new Thread(r, "clicks-work-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
    this.grace = grace;
  }

  /** Starts {@code task} when a thread or a queue slot is free; false when full (or closing). */
  boolean offer(Runnable task) {
    try {
      pool.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Starts {@code task} when a thread or a queue slot is free; throws RejectedExecutionException when full. */
  @Override
  public void execute(Runnable task) {
    pool.execute(task);
  }

  /** Stops taking work, waits up to the grace period for running and queued work, then interrupts what is left. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        int running = pool.getActiveCount();
        int waiting = pool.shutdownNow().size();
        log.warn("work still running after {} ms: interrupting {} running, dropping {} waiting", grace.toMillis(),
            running, waiting);
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
