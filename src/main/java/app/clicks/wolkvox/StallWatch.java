package app.clicks.wolkvox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Breaks off a body read that has made no progress for the read timeout: the HTTP client's own timeout ends when
 * the headers arrive, and an answer that stops mid-body would otherwise be waited for forever. Only while the
 * reading thread is blocked reading the body does it close the body and interrupt that thread; it clears that
 * interrupt in {@link #close}.
 */
final class StallWatch extends FilterInputStream {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "wolkvox-stall-watch");
    t.setDaemon(true);
    return t;
  });

  private final Thread reader = Thread.currentThread();
  private final ScheduledFuture<?> check;
  private long progress;
  private long seen = -1;
  private boolean reading;
  private boolean active = true;
  private boolean stalled;

  private StallWatch(InputStream in, Duration limit) {
    super(in);
    long ms = Math.max(1, limit.toMillis());
    this.check = TIMER.scheduleAtFixedRate(this::check, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Watches {@code in}, read by the current thread, for stalls longer than {@code limit}. */
  static StallWatch watch(InputStream in, Duration limit) {
    return new StallWatch(in, limit);
  }

  /** True when the read was broken off because the body stalled. */
  synchronized boolean stalled() {
    return stalled;
  }

  private synchronized void check() {
    if (active && reading && progress == seen) {
      stalled = true;
      active = false;
      // the JDK 17 response stream ignores an interrupt unless it has been closed first
      try {
        in.close();
      } catch (IOException | RuntimeException e) {
        // breaking the read off is all that matters
      }
      reader.interrupt();
    }
    seen = progress;
  }

  private synchronized void enter() {
    reading = true;
  }

  private synchronized void leave() {
    reading = false;
    progress++;
  }

  @Override
  public int read() throws IOException {
    enter();
    try {
      return super.read();
    } finally {
      leave();
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    enter();
    try {
      return super.read(b, off, len);
    } finally {
      leave();
    }
  }

  @Override
  public void close() throws IOException {
    boolean wasStalled;
    synchronized (this) {
      active = false;
      wasStalled = stalled;
    }
    check.cancel(false);
    if (wasStalled) {
      Thread.interrupted(); // our own interrupt, not the caller's
    }
    super.close();
  }
}
