package app.clicks.wolkvox;

import java.time.Duration;

/** Waits between retries; tests pass one that records the wait and returns at once. */
@FunctionalInterface
public interface Sleeper {
  /** The real one. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
