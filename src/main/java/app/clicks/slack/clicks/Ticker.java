package app.clicks.slack.clicks;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs something after a delay: the progress ticks of long answers. Tests pass one they advance by hand. */
@FunctionalInterface
public interface Ticker {
  /** A ticker that never runs anything (no progress posts). */
  Ticker NONE = (delay, task) -> {};

  void after(Duration delay, Runnable task);

  /** Runs on {@code scheduler}. */
  static Ticker of(ScheduledExecutorService scheduler) {
    return (delay, task) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
  }
}
