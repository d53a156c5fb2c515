package app.clicks.alerts;

import static org.quartz.JobBuilder.newJob;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import app.clicks.digest.QuartzOptions;
import app.clicks.digest.QuartzStore;
import app.clicks.settings.WorkspaceKey;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert checks on Quartz, as the digest: a JDBC job store in the application's database (its own scheduler name
 * in the same QRTZ_ tables; clustered on PostgreSQL, so that a workspace is checked by one instance at a time), one
 * durable job per workspace with a rule on, fired every {@link QuartzTimings#checkEvery()} around the clock (the check
 * itself looks at the business hours).
 */
public final class QuartzAlertScheduler implements AlertScheduler {
  public static final String NAME = "clicks-alerts";
  static final String GROUP = "alerts";
  private static final String EVERY = "every";
  private static final Logger LOG = LoggerFactory.getLogger(QuartzAlertScheduler.class);

  private final Scheduler scheduler;
  private final AlertSettingsStore rules;
  private final QuartzTimings timings;
  private final String instanceId;
  private final boolean clustered;

  /**
   * @param instanceId unique per process (Quartz's cluster table and the delivery log name it)
   * @param observer told of every check's result (logs, tests)
   */
  public QuartzAlertScheduler(DataSource dataSource, AlertSettingsStore rules, AlertChecker checker,
      QuartzTimings timings, String instanceId, Consumer<CheckResult> observer) {
    this.rules = rules;
    this.timings = timings;
    this.instanceId = instanceId;
    this.clustered = isPostgres(dataSource);
    QuartzOptions options =
        new QuartzOptions(timings.idleWait(), timings.clusterCheckin(), timings.checkEvery(), timings.threads());
    try {
      this.scheduler = QuartzStore.create(
          dataSource, new QuartzStore.Setup(NAME, instanceId, clustered, "alerts-" + instanceId, options));
      scheduler.setJobFactory(factory(checker, observer));
    } catch (SchedulerException e) {
      throw new IllegalStateException("creating the alert scheduler " + instanceId, e);
    }
  }

  /** A host-free random instance id. */
  public static String newInstanceId() {
    return "alerts-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JobFactory factory(AlertChecker checker, Consumer<CheckResult> observer) {
    return (bundle, s) -> {
      Class<? extends Job> type = bundle.getJobDetail().getJobClass();
      if (type != AlertJob.class) {
        throw new SchedulerException("unknown job class " + type.getName());
      }
      return new AlertJob(checker, observer);
    };
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return QuartzStore.isPostgres(dataSource);
    } catch (SQLException e) {
      throw new IllegalStateException("reading which database the alert scheduler runs on", e);
    }
  }

  public boolean clustered() {
    return clustered;
  }

  @Override
  public void start() {
    try {
      Set<JobKey> wanted = new HashSet<>();
      for (AlertSettings s : rules.findAll()) {
        if (s.anyOn()) {
          wanted.add(jobKey(s.workspace()));
        }
        schedule(s);
      }
      QuartzStore.deleteAllBut(scheduler, GROUP, wanted);
      scheduler.start();
      LOG.info("alert scheduler {} started ({}), checks every {}", instanceId, clustered ? "clustered" : "single",
          timings.checkEvery());
    } catch (SchedulerException e) {
      throw new IllegalStateException("starting the alert scheduler " + instanceId, e);
    }
  }

  @Override
  public void schedule(AlertSettings s) {
    WorkspaceKey key = s.workspace();
    if (!s.anyOn()) {
      unschedule(key);
      return;
    }
    String every = Long.toString(timings.checkEvery().toMillis());
    try {
      Trigger trigger = newTrigger().withIdentity(triggerKey(key)).forJob(jobKey(key)).usingJobData(EVERY, every)
          .startNow()
          .withSchedule(simpleSchedule().withIntervalInMilliseconds(timings.checkEvery().toMillis()).repeatForever()
              .withMisfireHandlingInstructionNextWithRemainingCount())
          .build();
      QuartzStore.Put put = QuartzStore.put(scheduler, trigger, EVERY, () -> newJob(AlertJob.class)
          .withIdentity(jobKey(key))
          .usingJobData(AlertJob.ENTERPRISE, key.enterpriseId()).usingJobData(AlertJob.TEAM, key.teamId())
          .storeDurably().build());
      if (put == QuartzStore.Put.UNCHANGED) {
        return;
      }
      LOG.info("alert checks of {} scheduled every {}", key, timings.checkEvery());
    } catch (SchedulerException e) {
      throw new IllegalStateException("scheduling the alert checks of " + key, e);
    }
  }

  @Override
  public void unschedule(WorkspaceKey key) {
    try {
      if (scheduler.deleteJob(jobKey(key))) {
        LOG.info("alert checks of {} unscheduled", key);
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("unscheduling the alert checks of " + key, e);
    }
  }

  @Override
  public boolean isHealthy() {
    return QuartzStore.isHealthy(scheduler);
  }

  @Override
  public void shutdown(boolean waitForJobs) {
    try {
      scheduler.shutdown(waitForJobs);
    } catch (SchedulerException e) {
      throw new IllegalStateException("shutting down the alert scheduler " + instanceId, e);
    }
  }

  private static JobKey jobKey(WorkspaceKey key) {
    return new JobKey(name(key), GROUP);
  }

  private static TriggerKey triggerKey(WorkspaceKey key) {
    return new TriggerKey(name(key), GROUP);
  }

  private static String name(WorkspaceKey key) {
    return QuartzStore.jobName(key);
  }
}
