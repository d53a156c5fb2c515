package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main's wiring: saved subscriptions are scheduled at start and at once when saved; the App Home's list. */
class DigestModuleTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T1");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  static DigestModule module(HikariDataSource db) {
    return DigestModule.create(db, FakeSettingsStore.connected(TEAM), FakeClickReader.answering(1, 1),
        new Fakes.PosterFake(), DigestSettings.DEFAULTS, Clock.systemUTC());
  }

  @Test
  void startsWithTheSavedSubscriptionsAndShutsDown() {
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = module(db);
      Subscription s = digest.store()
          .insert(Subscription.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA), Instant.now(), 20).orElseThrow();

      digest.scheduler().start();
      assertTrue(digest.scheduler().isHealthy());
      assertEquals(QuartzDigestSchedulerContract.nextAt(s), digest.scheduler().nextRun(s.id()).orElseThrow());
      digest.scheduler().shutdown(true);
      assertFalse(digest.scheduler().isHealthy());
    }
  }

  @Test
  void savingSchedulesAtOnceAndTheListShowsEachWithItsNextRunAndLastRun() {
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = module(db);
      Subscriptions subscriptions = digest.subscriptions();
      digest.scheduler().start();
      LastRun run = LastRun.of(Instant.parse("2026-11-24T11:45:00Z"), LocalDate.of(2026, 11, 23),
          DigestOutcome.POSTED, null);

      Subscription daily = subscriptions.save(Subscription.daily(TEAM, "C1", LocalTime.of(6, 45), BOGOTA),
          Instant.now());
      Subscription weekly = subscriptions.save(
          Subscription.weekly(TEAM, "C2", DayOfWeek.MONDAY, LocalTime.of(7, 0), BOGOTA), Instant.now());
      digest.store().recordLastRun(daily.id(), run);
      List<SubscriptionStatus> on = subscriptions.list(TEAM);
      assertTrue(subscriptions.setEnabled(TEAM, daily.id(), false, Instant.now()));
      List<SubscriptionStatus> off = subscriptions.list(TEAM);
      assertTrue(subscriptions.delete(TEAM, weekly.id()));
      List<SubscriptionStatus> deleted = subscriptions.list(TEAM);
      boolean weeklyTriggerGone = digest.scheduler().nextRun(weekly.id()).isEmpty();
      digest.scheduler().shutdown(true);

      assertEquals(List.of(daily, weekly), on.stream().map(SubscriptionStatus::subscription).toList());
      assertTrue(daily.id() > 0 && weekly.id() > daily.id());
      assertEquals(QuartzDigestSchedulerContract.nextAt(daily), on.get(0).nextRun().orElseThrow());
      assertEquals(run, on.get(0).lastRun().orElseThrow());
      assertTrue(on.get(1).nextRun().isPresent());
      assertEquals(DayOfWeek.MONDAY, on.get(1).nextRun().orElseThrow().atZone(BOGOTA).getDayOfWeek());
      assertFalse(off.get(0).subscription().enabled());
      assertTrue(off.get(0).nextRun().isEmpty());
      assertEquals(run, off.get(0).lastRun().orElseThrow());
      assertEquals(1, deleted.size());
      assertTrue(weeklyTriggerGone);
      assertFalse(subscriptions.delete(new WorkspaceKey("", "T2"), daily.id()), "another workspace's");
    }
  }

  @Test
  void aWorkspaceHasAtMostTwentySubscriptionsAndBadOnesAreRefusedWithAMessageForTheAdmin() {
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = module(db);
      Subscriptions subscriptions = digest.subscriptions();
      for (int i = 0; i < Subscriptions.MAX_PER_WORKSPACE; i++) {
        subscriptions.save(Subscription.daily(TEAM, "C" + i, LocalTime.of(8, i), BOGOTA), Instant.now());
      }
      IllegalStateException full = assertThrows(IllegalStateException.class,
          () -> subscriptions.save(Subscription.daily(TEAM, "C99", LocalTime.NOON, BOGOTA), Instant.now()));
      assertTrue(full.getMessage().contains("20"), full.getMessage());
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> Subscription.monthly(TEAM, "C1", 31, LocalTime.NOON, BOGOTA));
      assertEquals("Choose a day of the month from 1 to 28, or the first weekday.", bad.getMessage());
      assertThrows(IllegalArgumentException.class, () -> new Subscription(0, TEAM, "C1", Cadence.WEEKLY,
          LocalTime.NOON, null, 0, BOGOTA, null, null, null, true));
    }
  }

  @Test
  void followingTheZoneMovesEverySubscriptionAndRemovingTheWorkspaceDeletesThemAll() {
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = module(db);
      digest.subscriptions().save(Subscription.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA), Instant.now());
      digest.subscriptions().save(Subscription.monthly(TEAM, "C2", 1, LocalTime.of(8, 0), BOGOTA), Instant.now());
      ZoneId lima = ZoneId.of("America/Lima");

      digest.followZone(TEAM, lima, Instant.now());
      assertTrue(digest.store().list(TEAM).stream().allMatch(s -> s.zone().equals(lima)));
      digest.remove(TEAM);
      assertTrue(digest.store().list(TEAM).isEmpty());
    }
  }
}
