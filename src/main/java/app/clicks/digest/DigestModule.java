package app.clicks.digest;

import app.clicks.context.SummaryContexts;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
}
