package app.clicks.digest;

import app.clicks.wolkvox.Sleeper;
import java.time.Clock;

/**
 * The digest's time: how late a run may start ({@code config}), how it tries again ({@code retries}), how it waits
 * out Slack's rate limit ({@code sleeper}), and what time it is ({@code clock}).
 */
public record DigestTiming(DigestSettings config, RetryPolicy retries, Sleeper sleeper, Clock clock) {

  /** Production timing: the default retries, real waits, the given clock. */
  public static DigestTiming of(DigestSettings config, Clock clock) {
    return new DigestTiming(config, RetryPolicy.DEFAULTS, Sleeper.SYSTEM, clock);
  }
}
