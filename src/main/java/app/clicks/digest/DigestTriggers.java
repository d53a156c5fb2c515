package app.clicks.digest;

import java.time.Instant;

/** What a digest run may ask of the scheduler: a stored one-shot retry, or removing a subscription's trigger. */
public interface DigestTriggers {

  /**
   * Stores a one-shot trigger that runs the subscription's digest of {@code digestTime} again at {@code at}.
   *
   * @param retryUntil no further retries after this instant
   */
  void scheduleRetry(long subscription, Instant digestTime, int retry, Instant at, Instant retryUntil);

  /** Removes the subscription's trigger and pending retries. */
  void unschedule(long subscription);
}
