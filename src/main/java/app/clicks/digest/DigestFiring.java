package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;

/**
 * One firing of a workspace's digest.
 *
 * @param digestTime the daily trigger's scheduled fire time: the digest covers the day before it (report timezone)
 * @param firingTime this firing's own scheduled time (the retry's, for a retry): how late the run is is measured
 *     from it
 * @param retry 0 for the daily trigger, n for the n-th retry
 * @param retryUntil no retry after this (null: from now plus the policy's horizon)
 * @param instance the scheduler instance that runs it (written in the delivery log)
 */
public record DigestFiring(
    WorkspaceKey workspace, Instant digestTime, Instant firingTime, int retry, Instant retryUntil, String instance) {

  /** The daily trigger's firing at its scheduled time. */
  public static DigestFiring daily(WorkspaceKey workspace, Instant scheduled, String instance) {
    return new DigestFiring(workspace, scheduled, scheduled, 0, null, instance);
  }
}
