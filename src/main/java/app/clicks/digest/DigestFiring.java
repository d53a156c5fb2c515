package app.clicks.digest;

import java.time.Instant;

/**
 * One firing of a digest subscription.
 *
 * @param subscription the subscription's id
 * @param digestTime the subscription trigger's scheduled fire time: its local date (report timezone) gives the
 *     period the digest covers
 * @param firingTime this firing's own scheduled time (the retry's, for a retry): how late the run is is measured
 *     from it
 * @param retry 0 for the subscription's trigger, n for the n-th retry
 * @param retryUntil no retry after this (null: from now plus the policy's horizon)
 * @param instance the scheduler instance that runs it (written in the delivery log)
 */
public record DigestFiring(
    long subscription, Instant digestTime, Instant firingTime, int retry, Instant retryUntil, String instance) {

  /** The subscription trigger's firing at its scheduled time. */
  public static DigestFiring scheduled(long subscription, Instant scheduled, String instance) {
    return new DigestFiring(subscription, scheduled, scheduled, 0, null, instance);
  }
}
