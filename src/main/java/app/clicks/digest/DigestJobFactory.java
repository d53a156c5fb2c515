package app.clicks.digest;

import java.util.function.Consumer;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds {@link DigestJob}s with their collaborators (constructor injection, no reflection on our classes). */
final class DigestJobFactory implements JobFactory {
  private final DigestRunner runner;
  private final DigestTriggers triggers;
  private final Consumer<RunResult> observer;

  DigestJobFactory(DigestRunner runner, DigestTriggers triggers, Consumer<RunResult> observer) {
    this.runner = runner;
    this.triggers = triggers;
    this.observer = observer;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type != DigestJob.class) {
      throw new SchedulerException("unknown job class " + type.getName());
    }
    return new DigestJob(runner, triggers, observer);
  }
}
