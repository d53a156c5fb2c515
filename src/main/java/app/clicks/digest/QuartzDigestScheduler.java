package app.clicks.digest;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest scheduler on Quartz: a JDBC job store in the application's database (clustered on PostgreSQL), one
 * durable job per subscription (named by its id) with a cron trigger in its report timezone, and one-shot retry
 * triggers.
 */
public final class QuartzDigestScheduler implements DigestScheduler, DigestTriggers {
  /** All instances of the app share this scheduler name (Quartz's SCHED_NAME): they form one cluster. */
  public static final String NAME = "clicks-digest";
  static final String GROUP = "digest";
  static final String RETRY_GROUP = "digest-retry";
  /** Quartz's instance id when it runs alone on its database (not clustered). */
  static final String SINGLE_INSTANCE_ID = QuartzStore.SINGLE_INSTANCE_ID;
  static final String FINGERPRINT = "fingerprint";

  private static final Logger LOG = LoggerFactory.getLogger(QuartzDigestScheduler.class);

  private final Scheduler scheduler;
  private final SubscriptionStore subscriptions;
  private final DigestRunner runner;
  private final String instanceId;
  private final boolean clustered;

  /** A scheduler with a fresh unique instance id, Quartz's default timings and no run observer. */
  public static QuartzDigestScheduler create(
      DataSource dataSource, SubscriptionStore subscriptions, DigestRunner runner) {
    return new QuartzDigestScheduler(dataSource, subscriptions, runner, QuartzOptions.DEFAULTS, newInstanceId(), r -> {});
  }

  /**
   * @param instanceId unique per process (the delivery log and Quartz's cluster table name it)
   * @param observer told of every scheduled run's result (logs, metrics, tests)
   */
  public QuartzDigestScheduler(
      DataSource dataSource,
      SubscriptionStore subscriptions,
      DigestRunner runner,
      QuartzOptions options,
      String instanceId,
      Consumer<RunResult> observer) {
    this.subscriptions = subscriptions;
    this.runner = runner;
    this.instanceId = instanceId;
    this.clustered = isPostgres(dataSource);
    try {
      this.scheduler = QuartzStore.create(
          dataSource, new QuartzStore.Setup(NAME, instanceId, clustered, "digest-" + instanceId, options));
      scheduler.setJobFactory(new DigestJobFactory(runner, this, observer));
    } catch (SchedulerException e) {
      throw new DigestException("creating the digest scheduler " + instanceId, e);
    }
  }

  /** A host-and-random instance id, unique across processes and within one. */
  public static String newInstanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "host";
    }
    if (host.length() > 60) {
      host = host.substring(0, 60);
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return QuartzStore.isPostgres(dataSource);
    } catch (SQLException e) {
      throw new DigestException("reading which database the digest scheduler runs on", e);
    }
  }

  /** This process's Quartz instance id. */
  public String instanceId() {
    return instanceId;
  }

  /** True on PostgreSQL, where Quartz runs clustered. */
  public boolean clustered() {
    return clustered;
  }

  @Override
  public void start() {
    try {
      sync();
      scheduler.start();
      LOG.info("digest scheduler {} started ({})", instanceId, clustered ? "clustered" : "single");
    } catch (SchedulerException e) {
      throw new DigestException("starting the digest scheduler " + instanceId, e);
    }
  }

  /** Brings the triggers in line with the stored schedules, touching only what is missing, changed or gone. */
  private void sync() throws SchedulerException {
    Set<JobKey> wanted = new HashSet<>();
    for (Subscription s : subscriptions.findAll()) {
      if (s.enabled()) {
        wanted.add(jobKey(s.id()));
      }
      schedule(s);
    }
    // Also the per-workspace jobs of the single daily digest before subscriptions (named by workspace).
    for (JobKey job : QuartzStore.deleteAllBut(scheduler, GROUP, wanted)) {
      LOG.info("digest job {} has no subscription that is on; removed", job.getName());
    }
  }

  @Override
  public void schedule(Subscription s) {
    long key = s.id();
    if (key <= 0) {
      throw new IllegalArgumentException("a subscription is saved before it is scheduled");
    }
    try {
      if (!s.enabled()) {
        unschedule(key);
        return;
      }
      CronTrigger trigger =
          newTrigger()
              .withIdentity(triggerKey(key))
              .forJob(jobKey(key))
              .usingJobData(FINGERPRINT, s.fingerprint())
              .withSchedule(
                  cronSchedule(s.cronExpression())
                      .inTimeZone(TimeZone.getTimeZone(s.zone()))
                      .withMisfireHandlingInstructionIgnoreMisfires())
              .build();
      QuartzStore.Put put = QuartzStore.put(scheduler, trigger, FINGERPRINT, () ->
          newJob(DigestJob.class)
              .withIdentity(jobKey(key))
              .usingJobData(DigestJob.SUBSCRIPTION, Long.toString(key))
              // fired again (on another instance, or here after a restart) if the instance running it dies
              .requestRecovery()
              .storeDurably()
              .build());
      if (put != QuartzStore.Put.UNCHANGED) {
        LOG.info("digest subscription {} of {} {}: {} {}", key, s.workspace(),
            put == QuartzStore.Put.NEW ? "scheduled" : "rescheduled", s.cronExpression(), s.zone());
      }
    } catch (SchedulerException e) {
      throw new DigestException("scheduling digest subscription " + key, e);
    }
  }

  @Override
  public void unschedule(long key) {
    try {
      if (scheduler.deleteJob(jobKey(key))) {
        LOG.info("digest subscription {} unscheduled", key);
      }
    } catch (SchedulerException e) {
      throw new DigestException("unscheduling digest subscription " + key, e);
    }
  }

  @Override
  public void scheduleRetry(long key, Instant digestTime, int retry, Instant at, Instant retryUntil) {
    Trigger trigger =
        newTrigger()
            .withIdentity(retryKey(key, digestTime, retry))
            .forJob(jobKey(key))
            .usingJobData(DigestJob.DIGEST_TIME, Long.toString(digestTime.toEpochMilli()))
            .usingJobData(DigestJob.RETRY, Integer.toString(retry))
            .usingJobData(DigestJob.RETRY_UNTIL, Long.toString(retryUntil.toEpochMilli()))
            .startAt(Date.from(at))
            .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    try {
      scheduler.scheduleJob(trigger);
    } catch (ObjectAlreadyExistsException e) {
      LOG.info("digest retry {} of subscription {} already stored", retry, key);
    } catch (SchedulerException e) {
      throw new DigestException("storing retry " + retry + " of digest subscription " + key, e);
    }
  }

  /** The pending retry triggers' fire times of a subscription, soonest first. */
  public List<Instant> pendingRetries(long key) {
    try {
      List<Instant> out = new ArrayList<>();
      for (Trigger t : scheduler.getTriggersOfJob(jobKey(key))) {
        if (RETRY_GROUP.equals(t.getKey().getGroup()) && t.getNextFireTime() != null) {
          out.add(t.getNextFireTime().toInstant());
        }
      }
      out.sort(null);
      return out;
    } catch (SchedulerException e) {
      throw new DigestException("reading the retries of digest subscription " + key, e);
    }
  }

  @Override
  public Optional<Instant> nextRun(long key) {
    try {
      Trigger t = scheduler.getTrigger(triggerKey(key));
      return t == null || t.getNextFireTime() == null
          ? Optional.empty()
          : Optional.of(t.getNextFireTime().toInstant());
    } catch (SchedulerException e) {
      throw new DigestException("reading the next run of digest subscription " + key, e);
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
      LOG.info("digest scheduler {} shut down", instanceId);
    } catch (SchedulerException e) {
      throw new DigestException("shutting down the digest scheduler " + instanceId, e);
    }
  }

  /** Quartz itself, for tests in this package that read triggers. */
  Scheduler quartz() {
    return scheduler;
  }

  static JobKey jobKey(long subscription) {
    return new JobKey(name(subscription), GROUP);
  }

  static TriggerKey triggerKey(long subscription) {
    return new TriggerKey(name(subscription), GROUP);
  }

  static TriggerKey retryKey(long subscription, Instant digestTime, int retry) {
    return new TriggerKey(name(subscription) + "@" + digestTime.toEpochMilli() + "#" + retry, RETRY_GROUP);
  }

  /** A subscription's job and trigger name ("s" and its id): never a workspace's name of the old daily digest. */
  static String name(long subscription) {
    return "s" + subscription;
  }
}
