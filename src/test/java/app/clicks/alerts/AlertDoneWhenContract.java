package app.clicks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertFakes.ChoicesFake;
import app.clicks.alerts.AlertFakes.FastClock;
import app.clicks.alerts.AlertFakes.PosterFake;
import app.clicks.alerts.AlertFakes.SleeperFake;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickStore;
import app.clicks.store.Purpose;
import app.clicks.store.RecentClicks;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeSettingsStore;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "done when", with Quartz for real and a clock 60 times faster than real time (a real second is a
 * minute): checks every minute (ALERT_CHECK_MINUTES=1), a wolkvox stand-in with clicks yesterday and none today, the
 * silence rule on (1 hour, business hours covering now, every day): exactly one alert within 3 minutes, none at the
 * next checks; with several instances on one database, still one.
 */
abstract class AlertDoneWhenContract {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0DONE");
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  final FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
  final FakeClickSource wolkvox = new FakeClickSource().add(FakeClickSource.chats(5, NOW.minus(Duration.ofHours(20))));
  final PosterFake poster = new PosterFake();
  final BlockingQueue<CheckResult> results = new LinkedBlockingQueue<>();
  final List<QuartzAlertScheduler> started = new ArrayList<>();
  final List<Instant> alertTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
  HikariDataSource db;
  FastClock clock;

  abstract HikariDataSource database();

  abstract int instances();

  @AfterEach
  void tearDown() {
    started.forEach(s -> s.shutdown(true));
    if (db != null) {
      db.close();
    }
  }

  QuartzAlertScheduler instance(int n) {
    ClickStore store = new ClickStore(db, wolkvox, StoreSettings.DEFAULTS, clock);
    AlertSettingsStore rules = new AlertSettingsStore(db);
    AlertPoster timed = m -> {
      alertTimes.add(clock.instant());
      return poster.post(m);
    };
    AlertChecker checker = new AlertChecker(
        new AlertChecker.Stores(rules, new AlertStates(db), new AlertDeliveryLog(db), settings, new ChoicesFake()),
        new AlertChecker.Reading(store, new RecentClicks(db),
            c -> store.callsToday(c) >= store.settings().budgetFor(Purpose.ALERTS)),
        new AlertChecker.Posting(timed, new SleeperFake(), 3, Duration.ofSeconds(60)), clock);
    QuartzTimings everyMinute = new QuartzTimings(Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofSeconds(1), 2);
    QuartzAlertScheduler s = new QuartzAlertScheduler(db, rules, checker, everyMinute, "inst-" + n + "-"
        + System.nanoTime(), results::add);
    started.add(s);
    return s;
  }

  @Test
  void anAdminTurnsOnSilenceAndExactlyOneAlertArrivesWithinThreeMinutes() throws Exception {
    db = database();
    clock = new FastClock(NOW, 60);
    List<QuartzAlertScheduler> schedulers = new ArrayList<>();
    for (int i = 0; i < instances(); i++) {
      schedulers.add(instance(i));
    }
    schedulers.forEach(QuartzAlertScheduler::start);
    Instant turnedOn = clock.instant();
    AlertSettings silence = new AlertSettings(TEAM, "C0ALERTS", LocalTime.of(8, 0), LocalTime.of(8, 0),
        EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 1), AlertSettings.Drop.DEFAULT,
        AlertSettings.AdStopped.DEFAULT);
    new AlertSettingsStore(db).save(silence, ZoneId.of("America/Bogota"), "U1", turnedOn);
    schedulers.forEach(s -> s.schedule(silence));

    int checked = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (checked < 8 && System.nanoTime() < deadline) {
      CheckResult r = results.poll(2, TimeUnit.SECONDS);
      if (r != null && r.outcome() == CheckResult.Outcome.CHECKED) {
        checked++;
      }
    }
    assertTrue(checked >= 8, "8 checks ran: " + checked);
    assertEquals(1, poster.posted.size(), poster.posted::toString);
    assertEquals("C0ALERTS", poster.posted.get(0).channelId());
    Duration after = Duration.between(turnedOn, alertTimes.get(0));
    assertTrue(after.compareTo(Duration.ofMinutes(3)) <= 0, "the alert came " + after + " after");
  }
}
