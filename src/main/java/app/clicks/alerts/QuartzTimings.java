package app.clicks.alerts;

import java.time.Duration;

/**
 * How often a workspace is checked (ALERT_CHECK_MINUTES, config reads it) and Quartz's own timings: how long its
 * thread idles between looks for due triggers (at least 1 s), how often cluster members check in, how many checks run
 * at once.
 */
public record QuartzTimings(Duration checkEvery, Duration idleWait, Duration clusterCheckin, int threads) {
  public static final String CHECK_MINUTES = "ALERT_CHECK_MINUTES";
  public static final int DEFAULT_CHECK_MINUTES = 15;

  public QuartzTimings {
    if (checkEvery.toMillis() < 1000 || idleWait.toMillis() < 1000 || threads < 1) {
      throw new IllegalArgumentException("alert checks need an interval and an idle wait of at least 1 s, 1 thread");
    }
  }

  /** Production timings with checks every {@code minutes} minutes. */
  public static QuartzTimings everyMinutes(int minutes) {
    if (minutes < 1) {
      throw new IllegalArgumentException(CHECK_MINUTES + " must be at least 1.");
    }
    return new QuartzTimings(Duration.ofMinutes(minutes), Duration.ofSeconds(20), Duration.ofSeconds(15), 2);
  }
}
