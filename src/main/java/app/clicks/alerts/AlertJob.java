package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A workspace's alert check firing: hands the work to {@link AlertChecker}, and never throws. */
@DisallowConcurrentExecution
public final class AlertJob implements Job {
  static final String ENTERPRISE = "enterpriseId";
  static final String TEAM = "teamId";
  private static final Logger LOG = LoggerFactory.getLogger(AlertJob.class);

  private final AlertChecker checker;
  private final Consumer<CheckResult> observer;

  AlertJob(AlertChecker checker, Consumer<CheckResult> observer) {
    this.checker = checker;
    this.observer = observer;
  }

  @Override
  public void execute(JobExecutionContext context) {
    WorkspaceKey key = null;
    try {
      JobDataMap data = context.getMergedJobDataMap();
      key = new WorkspaceKey(data.getString(ENTERPRISE), data.getString(TEAM));
      CheckResult result = checker.check(key, context.getScheduler().getSchedulerInstanceId());
      LOG.debug("alert check of {}: {} {}", key, result.outcome(), result.posted());
      observer.accept(result);
    } catch (Throwable t) {
      LOG.error("alert job of {} failed", key, t);
    }
  }
}
