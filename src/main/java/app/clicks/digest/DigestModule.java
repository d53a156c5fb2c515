package app.clicks.digest;

import app.clicks.settings.SettingsStore;
import app.clicks.store.ClickReader;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The digest wired by hand for Main: its stores (for the App Home and the digest modal) and its scheduler (start it
 * after the Slack app is ready; shut it down with {@code shutdown(true)} on SIGTERM).
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
    DigestSettingsStore schedules = new DigestSettingsStore(dataSource);
    DeliveryLog deliveries = new DeliveryLog(dataSource);
    DigestRunner runner =
        new DigestRunner(schedules, deliveries, settings, reader, poster, config, RetryPolicy.DEFAULTS,
            Sleeper.SYSTEM, clock);
    return new DigestModule(schedules, deliveries, QuartzDigestScheduler.create(dataSource, schedules, runner));
  }
}
