package app.clicks.digest;

import java.time.Duration;

/**
 * Quartz's timings: how long its thread idles between looks for due triggers (at least 1 s), how often cluster
 * members check in, when a late trigger counts as misfired, and how many digests may run at once.
 */
public record QuartzOptions(Duration idleWait, Duration clusterCheckin, Duration misfireThreshold, int threads) {
  public static final QuartzOptions DEFAULTS =
      new QuartzOptions(Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofSeconds(60), 3);

  public QuartzOptions {
    if (idleWait.toMillis() < 1000) {
      throw new IllegalArgumentException("Quartz's idle wait must be at least 1 s");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("Quartz needs at least one thread");
    }
  }
}
