package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.Optional;

/** The daily digests' scheduler, kept small so that Quartz stays inside this package. */
public interface DigestScheduler {

  /** Starts firing; first creates the triggers that are missing and rebuilds those whose schedule changed. */
  void start();

  /**
   * Brings the workspace's trigger in line with {@code schedule} (saved first by the caller): creates it when
   * missing, rebuilds it only when the time, days or zone changed, removes it when the digest is off.
   */
  void schedule(DigestSchedule schedule);

  /** Removes the workspace's digest trigger and any pending retries. */
  void unschedule(WorkspaceKey key);

  /** When the workspace's digest fires next, if it is scheduled. */
  Optional<Instant> nextRun(WorkspaceKey key);

  /** Posts yesterday's digest now, on the caller's thread; writes nothing to the delivery log. */
  RunResult sendNow(WorkspaceKey key);

  /** True while the scheduler is started and not shut down (for /health). */
  boolean isHealthy();

  /** Stops firing; with {@code waitForJobs}, returns when running digests have finished. */
  void shutdown(boolean waitForJobs);
}
