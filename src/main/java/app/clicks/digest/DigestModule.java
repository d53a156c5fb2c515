package app.clicks.digest;

import app.clicks.context.SummaryContexts;
import app.clicks.report.Slice;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The digest wired by hand for the composition root (Application): the workspaces' subscriptions (for the App Home
 * and its modals), their store and delivery log, and the scheduler (start it after the Slack app is ready; shut it
 * down with {@code shutdown(true)} on SIGTERM).
 */
public record DigestModule(
    Subscriptions subscriptions, SubscriptionStore store, DeliveryLog deliveries, DigestScheduler scheduler) {

  /** Builds the digest on the application's database with Quartz's production timings, posting to Slack only. */
  public static DigestModule create(
      DataSource dataSource,
      SettingsStore settings,
      ClickReader reader,
      DigestPoster poster,
      DigestSettings config,
      Clock clock) {
    return create(dataSource, settings, reader, SummaryContexts.NONE, DigestPosters.slackOnly(poster), config, clock);
  }

  /** Builds the digest on the application's database, its digests given names by {@code contexts}. */
  public static DigestModule create(
      DataSource dataSource,
      SettingsStore settings,
      ClickReader reader,
      SummaryContexts contexts,
      DigestPosters posters,
      DigestSettings config,
      Clock clock) {
    SubscriptionStore store = new SubscriptionStore(dataSource);
    DeliveryLog deliveries = new DeliveryLog(dataSource);
    DigestRunner runner = new DigestRunner(
        new DigestStores(store, deliveries, settings), reader, contexts, posters, DigestTiming.of(config, clock));
    QuartzDigestScheduler scheduler = QuartzDigestScheduler.create(dataSource, store, runner);
    return of(store, deliveries, scheduler, runner);
  }

  /** The digest of parts built elsewhere (tests with their own scheduler options and observers). */
  public static DigestModule of(SubscriptionStore store, DeliveryLog deliveries, DigestScheduler scheduler,
      DigestRunner runner) {
    return new DigestModule(new DigestSubscriptions(store, scheduler, runner), store, deliveries, scheduler);
  }

  /**
   * Follows a change of the workspace's report timezone: each of its subscriptions keeps its time of day, now in
   * {@code zone}, and is rescheduled (its period and wolkvox's dates are read in the report timezone).
   */
  public void followZone(WorkspaceKey key, ZoneId zone, Instant at) {
    for (Subscription s : store.list(key)) {
      if (!s.zone().equals(zone)) {
        subscriptions.save(s.withZone(zone), at);
      }
    }
  }

  /** Forgets a workspace's digests (the app was uninstalled): their triggers and the subscriptions. */
  public void remove(WorkspaceKey key) {
    for (Subscription s : store.list(key)) {
      subscriptions.delete(key, s.id());
    }
  }

  // The single daily digest's API, kept until the App Home lists subscriptions: it reads and writes the workspace's
  // first subscription.

  /** The workspace's first subscription as the old daily digest's schedule. */
  public Optional<DigestSchedule> schedule(WorkspaceKey key) {
    return first(key).map(DigestModule::asSchedule);
  }

  /** Saves the old daily digest's settings into the workspace's first subscription (a new one if it has none). */
  public void save(DigestSchedule schedule, Instant changedAt) {
    Optional<Subscription> first = first(schedule.workspace());
    Subscription s = new Subscription(first.map(Subscription::id).orElse(0L), schedule.workspace(),
        schedule.channelId(), Cadence.DAILY, schedule.time(), schedule.days(), 0, schedule.zone(),
        first.map(Subscription::slice).orElse(Slice.ALL), schedule.emptyPolicy(),
        first.map(Subscription::destinations).orElse(Destinations.SLACK), schedule.enabled());
    subscriptions.save(s, changedAt);
  }

  /** The workspace's first subscription as the old daily digest's status. */
  public DigestStatus status(WorkspaceKey key) {
    Optional<Subscription> first = first(key);
    return new DigestStatus(first.map(DigestModule::asSchedule),
        first.filter(Subscription::enabled).flatMap(s -> scheduler.nextRun(s.id())),
        first.flatMap(s -> store.lastRun(s.id())));
  }

  /** "Send now" of the workspace's first subscription. */
  public RunResult sendNow(WorkspaceKey key) {
    Optional<Subscription> first = first(key);
    return first.isEmpty()
        ? new RunResult(key, null, DigestOutcome.OFF, "no digest set")
        : subscriptions.sendNow(key, first.get().id());
  }

  private Optional<Subscription> first(WorkspaceKey key) {
    List<Subscription> all = store.list(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static DigestSchedule asSchedule(Subscription s) {
    return new DigestSchedule(s.workspace(), s.channelId(), s.time(), s.days(), s.zone(), s.emptyPolicy(),
        s.enabled());
  }
}
