package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A workspace's digest firing: reads the trigger, hands the work to {@link DigestRunner}, and never throws. */
@DisallowConcurrentExecution
public final class DigestJob implements Job {
  static final String ENTERPRISE = "enterpriseId";
  static final String TEAM = "teamId";
  static final String DIGEST_TIME = "digestTime";
  static final String RETRY = "retry";
  static final String RETRY_UNTIL = "retryUntil";

  private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

  private final DigestRunner runner;
  private final DigestTriggers triggers;
  private final Consumer<RunResult> observer;

  DigestJob(DigestRunner runner, DigestTriggers triggers, Consumer<RunResult> observer) {
    this.runner = runner;
    this.triggers = triggers;
    this.observer = observer;
  }

  @Override
  public void execute(JobExecutionContext context) {
    WorkspaceKey key = null;
    try {
      JobDataMap data = context.getMergedJobDataMap();
      key = new WorkspaceKey(data.getString(ENTERPRISE), data.getString(TEAM));
      Instant firingTime = context.getScheduledFireTime().toInstant();
      DigestFiring firing =
          data.containsKey(DIGEST_TIME)
              ? new DigestFiring(key, Instant.ofEpochMilli(Long.parseLong(data.getString(DIGEST_TIME))), firingTime,
                  Integer.parseInt(data.getString(RETRY)),
                  Instant.ofEpochMilli(Long.parseLong(data.getString(RETRY_UNTIL))),
                  context.getScheduler().getSchedulerInstanceId())
              : DigestFiring.daily(key, firingTime, context.getScheduler().getSchedulerInstanceId());
      RunResult result = runner.run(firing, triggers);
      LOG.info("digest of {} for {}: {}", key, result.day(), result.outcome());
      observer.accept(result);
    } catch (Throwable t) {
      LOG.error("digest job of {} failed", key, t);
      try {
        observer.accept(new RunResult(key, null, DigestOutcome.FAILED, t.getClass().getSimpleName()));
      } catch (RuntimeException ignored) {
        // the observer is for logs and tests; it must not take the job down either
      }
    }
  }
}
