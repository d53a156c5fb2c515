package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;

/** The alert checks' scheduler, kept small so that Quartz stays inside this package. */
public interface AlertScheduler {

  /** Starts checking; first creates the missing triggers and removes those of workspaces with no rule on. */
  void start();

  /** Checks the workspace every few minutes while a rule is on (saved first by the caller); else stops. */
  void schedule(AlertSettings rules);

  void unschedule(WorkspaceKey key);

  /** True while the scheduler is started and not shut down (for /health). */
  boolean isHealthy();

  /** Stops checking; with {@code waitForJobs}, returns when running checks have finished. */
  void shutdown(boolean waitForJobs);
}
