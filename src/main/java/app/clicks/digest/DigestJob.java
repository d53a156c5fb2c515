package app.clicks.digest;

import java.time.Instant;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A digest subscription's firing: reads the trigger, hands the work to {@link DigestRunner}, and never throws. */
@DisallowConcurrentExecution
public final class DigestJob implements Job {
  static final String SUBSCRIPTION = "subscription";
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
    long key = 0;
    try {
      JobDataMap data = context.getMergedJobDataMap();
      key = Long.parseLong(data.getString(SUBSCRIPTION));
      Instant firingTime = context.getScheduledFireTime().toInstant();
      DigestFiring firing =
          data.containsKey(DIGEST_TIME)
              ? new DigestFiring(key, Instant.ofEpochMilli(Long.parseLong(data.getString(DIGEST_TIME))), firingTime,
                  Integer.parseInt(data.getString(RETRY)),
                  Instant.ofEpochMilli(Long.parseLong(data.getString(RETRY_UNTIL))),
                  context.getScheduler().getSchedulerInstanceId())
              : DigestFiring.scheduled(key, firingTime, context.getScheduler().getSchedulerInstanceId());
      RunResult result = runner.run(firing, triggers);
      LOG.info("digest subscription {} for {}: {}", key, result.day(), result.outcome());
      observer.accept(result);
    } catch (Throwable t) {
      LOG.error("digest job of subscription {} failed", key, t);
      try {
        observer.accept(new RunResult(null, null, DigestOutcome.FAILED, t.getClass().getSimpleName()));
      } catch (RuntimeException ignored) {
        // the observer is for logs and tests; it must not take the job down either
      }
    }
  }
}
