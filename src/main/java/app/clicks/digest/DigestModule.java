package app.clicks.digest;

import app.clicks.context.SummaryContexts;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickReader;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The digest wired by hand for the composition root (Application): its stores (for the App Home and the digest
 * modal) and its scheduler (start it after the Slack app is ready; shut it down with {@code shutdown(true)} on
 * SIGTERM).
 */
public record DigestModule(DigestSettingsStore schedules, DeliveryLog deliveries, DigestScheduler scheduler) {

  /** Builds the digest on the application's database with Quartz's production timings. */
  public static DigestModule create(
      DataSource dataSource,
      SettingsStore settings,
      ClickReader reader,
      DigestPoster poster,
      DigestSettings config,
      Clock clock) {
    return create(dataSource, settings, reader, SummaryContexts.NONE, poster, config, clock);
  }

  /** Builds the digest on the application's database, its digests given names by {@code contexts}. */
  public static DigestModule create(
      DataSource dataSource,
      SettingsStore settings,
      ClickReader reader,
      SummaryContexts contexts,
      DigestPoster poster,
      DigestSettings config,
      Clock clock) {
    DigestSettingsStore schedules = new DigestSettingsStore(dataSource);
    DeliveryLog deliveries = new DeliveryLog(dataSource);
    DigestRunner runner = new DigestRunner(
        new DigestStores(schedules, deliveries, settings), reader, contexts, poster, DigestTiming.of(config, clock));
    return new DigestModule(schedules, deliveries, QuartzDigestScheduler.create(dataSource, schedules, runner));
  }

  /**
   * Follows a change of the workspace's report timezone: the digest keeps its time of day, now in {@code zone}, and
   * is rescheduled (its day and wolkvox's dates are read in the report timezone).
   */
  public void followZone(WorkspaceKey key, java.time.ZoneId zone, Instant at) {
    schedules.find(key)
        .filter(s -> !s.zone().equals(zone))
        .ifPresent(s -> save(s.withZone(zone), at));
  }

  /** Forgets a workspace's digest (the app was uninstalled): its trigger and its schedule. */
  public void remove(WorkspaceKey key) {
    scheduler.unschedule(key);
    schedules.delete(key);
  }

  /** Saves an admin's digest settings and schedules, reschedules or removes its trigger at once. */
  public void save(DigestSchedule schedule, Instant changedAt) {
    schedules.save(schedule, changedAt);
    scheduler.schedule(schedule);
  }

  /** The workspace's digest as the App Home shows it. */
  public DigestStatus status(WorkspaceKey key) {
    return new DigestStatus(schedules.find(key), scheduler.nextRun(key), schedules.lastRun(key));
  }
}
