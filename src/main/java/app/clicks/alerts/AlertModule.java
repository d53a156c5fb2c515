package app.clicks.alerts;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickReader;
import app.clicks.store.ClickStore;
import app.clicks.store.Purpose;
import app.clicks.store.RecentClicks;
import app.clicks.wolkvox.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * The alerts wired by hand for the composition root: their stores (for the App Home and the modal) and their
 * scheduler (start it after the Slack app is ready; shut it down with {@code shutdown(true)} on SIGTERM).
 */
public record AlertModule(AlertSettingsStore rules, AlertStates states, AlertDeliveryLog deliveries,
    AlertScheduler scheduler, AlertPoster teams) {

  /** The alerts without Teams. */
  public AlertModule(AlertSettingsStore rules, AlertStates states, AlertDeliveryLog deliveries,
      AlertScheduler scheduler) {
    this(rules, states, deliveries, scheduler, AlertPoster.NONE);
  }

  /**
   * Builds the alerts on the application's database, checking every {@code timings.checkEvery()}, posting to the
   * Slack channel with {@code poster} and to Teams with {@code teams} ({@link AlertPoster#NONE} without Teams).
   *
   * @param store whose call counts tell a spent budget
   * @param reader what the checks read through (the store as workspaces read it: see store.ProvenReader)
   */
  public static AlertModule create(DataSource dataSource, SettingsStore settings, WorkspaceChoices choices,
      ClickStore store, ClickReader reader, AlertPoster poster, AlertPoster teams, QuartzTimings timings,
      Clock clock) {
    AlertSettingsStore rules = new AlertSettingsStore(dataSource);
    AlertStates states = new AlertStates(dataSource);
    AlertDeliveryLog deliveries = new AlertDeliveryLog(dataSource);
    AlertChecker checker = new AlertChecker(
        new AlertChecker.Stores(rules, states, deliveries, settings, choices),
        new AlertChecker.Reading(reader, new RecentClicks(dataSource),
            c -> store.callsToday(c) >= store.settings().budgetFor(Purpose.ALERTS)),
        new AlertChecker.Posting(poster, teams, Sleeper.SYSTEM, 3, Duration.ofSeconds(60)), clock);
    QuartzAlertScheduler scheduler = new QuartzAlertScheduler(dataSource, rules, checker, timings,
        QuartzAlertScheduler.newInstanceId(), r -> {});
    return new AlertModule(rules, states, deliveries, scheduler, teams);
  }

  /** Saves an admin's rules and starts, keeps or stops the workspace's checks at once. */
  public void save(AlertSettings settings, ZoneId zone, String changedBy, Instant at) {
    rules.save(settings, zone, changedBy, at);
    scheduler.schedule(settings);
  }

  /** Forgets a workspace's alerts (the app was uninstalled): its checks, rules and states. */
  public void remove(WorkspaceKey key) {
    scheduler.unschedule(key);
    rules.delete(key);
  }

  /** The workspace's alerts as the App Home shows them. */
  public AlertStatus status(WorkspaceKey key) {
    return new AlertStatus(rules.find(key), states.all(key), rules.lastCheck(key), deliveries.latest(key),
        teamsConnected(key));
  }

  /** Whether the workspace connected Teams with a Workflows webhook (alerts may go there). */
  public boolean teamsConnected(WorkspaceKey key) {
    return teams.reaches(key);
  }
}
