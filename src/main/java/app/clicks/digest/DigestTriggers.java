package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;

/** What a digest run may ask of the scheduler: a stored one-shot retry, or removing a workspace's digest. */
public interface DigestTriggers {

  /**
   * Stores a one-shot trigger that runs the digest of {@code digestTime} again at {@code at}.
   *
   * @param retryUntil no further retries after this instant
   */
  void scheduleRetry(WorkspaceKey key, Instant digestTime, int retry, Instant at, Instant retryUntil);

  /** Removes the workspace's digest trigger and pending retries. */
  void unschedule(WorkspaceKey key);
}
