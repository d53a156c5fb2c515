package app.clicks.digest;

import java.time.Instant;
import java.util.Optional;

/** The digest subscriptions' scheduler, kept small so that Quartz stays inside this package. */
public interface DigestScheduler {

  /**
   * Starts firing; first removes the triggers of subscriptions that are gone or off (and of the old per-workspace
   * digest), creates those that are missing and rebuilds those whose schedule changed.
   */
  void start();

  /**
   * Brings the subscription's trigger in line with {@code s} (saved first by the caller): creates it when missing,
   * rebuilds it only when its cron or zone changed, removes it when the subscription is off.
   */
  void schedule(Subscription s);

  /** Removes the subscription's trigger and any pending retries. */
  void unschedule(long subscription);

  /** When the subscription fires next, if it is scheduled. */
  Optional<Instant> nextRun(long subscription);

  /** True while the scheduler is started and not shut down (for /health). */
  boolean isHealthy();

  /** Stops firing; with {@code waitForJobs}, returns when running digests have finished. */
  void shutdown(boolean waitForJobs);
}
