package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * The Quartz set-up the digest and the alert checks share: a JDBC job store in the application's QRTZ_ tables
 * (clustered on PostgreSQL, each scheduler under its own name), its properties, its health and its job names.
 */
public final class QuartzStore {
  /** Quartz's instance id when it runs alone on its database (not clustered). */
  public static final String SINGLE_INSTANCE_ID = "single";

  /**
   * One scheduler.
   *
   * @param schedulerName Quartz's SCHED_NAME, shared by the instances of one cluster
   * @param instanceId unique per process
   * @param clustered true on PostgreSQL ({@link #isPostgres})
   * @param dataSourceName the job store's data source, also the prefix of its threads' names
   */
  public record Setup(String schedulerName, String instanceId, boolean clustered, String dataSourceName,
      QuartzOptions options) {}

  /** What {@link #put} did with a trigger. */
  public enum Put { UNCHANGED, NEW, REPLACED }

  private QuartzStore() {}

  /** True when the data source is PostgreSQL, where Quartz runs clustered. */
  public static boolean isPostgres(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
  }

  /** Registers the data source with Quartz and creates the (not yet started) scheduler of the set-up. */
  public static Scheduler create(DataSource dataSource, Setup setup) throws SchedulerException {
    DBConnectionManager.getInstance()
        .addConnectionProvider(setup.dataSourceName(), new DataSourceConnectionProvider(dataSource));
    Scheduler scheduler = new StdSchedulerFactory(properties(setup)).getScheduler();
    // Quartz keeps schedulers in a JVM-wide map by name; every instance here is its own (tests run two at once).
    SchedulerRepository.getInstance().remove(setup.schedulerName());
    return scheduler;
  }

  static Properties properties(Setup s) {
    QuartzOptions o = s.options();
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", s.schedulerName());
    // Alone on its database (H2), Quartz re-fires at start-up only the jobs that a dead process left running under
    // the same id: keep that id fixed. Clustered, each instance has its own and the others recover its jobs.
    p.setProperty("org.quartz.scheduler.instanceId", s.clustered() ? s.instanceId() : SINGLE_INSTANCE_ID);
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(o.idleWait().toMillis()));
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(o.threads()));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", s.dataSourceName());
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", s.dataSourceName());
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(o.misfireThreshold().toMillis()));
    p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(s.clustered()));
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(o.clusterCheckin().toMillis()));
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    return p;
  }

  /** Started, not shut down and not on standby; false when Quartz cannot tell. */
  public static boolean isHealthy(Scheduler scheduler) {
    try {
      return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
    } catch (SchedulerException e) {
      return false;
    }
  }

  /** A workspace's job and trigger name: the team id, after the enterprise id on Enterprise Grid. */
  public static String jobName(WorkspaceKey key) {
    return key.enterpriseId().isEmpty() ? key.teamId() : key.enterpriseId() + "." + key.teamId();
  }

  /**
   * Stores a job's trigger: nothing when the stored trigger carries the same value under {@code marker}, the job
   * (made by {@code job}) with the trigger when there is none, else the trigger in place of the stored one.
   */
  public static Put put(Scheduler scheduler, Trigger trigger, String marker, Supplier<JobDetail> job)
      throws SchedulerException {
    Trigger existing = scheduler.getTrigger(trigger.getKey());
    if (existing == null) {
      scheduler.scheduleJob(job.get(), Set.of(trigger), true);
      return Put.NEW;
    }
    if (Objects.equals(trigger.getJobDataMap().getString(marker), existing.getJobDataMap().getString(marker))) {
      return Put.UNCHANGED;
    }
    scheduler.rescheduleJob(trigger.getKey(), trigger);
    return Put.REPLACED;
  }

  /** Deletes the jobs of the group that are not wanted; returns those deleted. */
  public static List<JobKey> deleteAllBut(Scheduler scheduler, String group, Set<JobKey> wanted)
      throws SchedulerException {
    List<JobKey> deleted = new ArrayList<>();
    for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
      if (!wanted.contains(job)) {
        scheduler.deleteJob(job);
        deleted.add(job);
      }
    }
    return deleted;
  }
}
