package app.clicks.digest;

import java.time.Duration;

/** Waits (Slack's Retry-After); tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
