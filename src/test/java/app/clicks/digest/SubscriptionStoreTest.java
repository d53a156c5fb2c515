package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Digest subscriptions and their last runs kept in table digest_subscription (on H2; PostgreSQL runs use it too). */
class SubscriptionStoreTest {
  final HikariDataSource db = TestDatabases.h2();
  final SubscriptionStore store = new SubscriptionStore(db);
  final WorkspaceKey team = new WorkspaceKey("E1", "T1");

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void addsChangesAndReadsBackSubscriptionsInTheOrderTheyWereAdded() {
    Subscription daily = Subscription.daily(team, "C1", LocalTime.of(8, 0), ZoneId.of("America/Bogota"));
    Subscription weekly = new Subscription(0, team, "C2", Cadence.WEEKLY, LocalTime.of(9, 45),
        Set.of(DayOfWeek.MONDAY), 0, ZoneId.of("America/Santiago"), Slice.routingPoint("RP-7"), EmptyPolicy.SKIP,
        Destinations.BOTH, false);
    Subscription monthly = Subscription.monthly(team, "C3", Subscription.FIRST_WEEKDAY, LocalTime.of(7, 0),
        ZoneId.of("America/Bogota")).withSlice(Slice.ad("120"));

    Subscription first = store.insert(daily, Instant.EPOCH, 20).orElseThrow();
    Subscription second = store.insert(weekly, Instant.EPOCH, 20).orElseThrow();
    Subscription third = store.insert(monthly, Instant.EPOCH, 20).orElseThrow();

    assertEquals(List.of(first, second, third), store.list(team));
    assertEquals(weekly.withId(second.id()), store.find(team, second.id()).orElseThrow());
    assertTrue(store.find(new WorkspaceKey("", "T1"), second.id()).isEmpty(), "another workspace's");
    Subscription changed = second.withEnabled(true).withDestinations(Destinations.TEAMS);
    assertTrue(store.update(changed, Instant.EPOCH));
    assertEquals(changed, store.find(second.id()).orElseThrow());
    assertEquals(List.of(first, changed, third), store.findAll());
  }

  @Test
  void aWorkspaceHasAtMostTheLimit() {
    Subscription daily = Subscription.daily(team, "C1", LocalTime.of(8, 0), ZoneId.of("America/Bogota"));
    assertTrue(store.insert(daily, Instant.EPOCH, 2).isPresent());
    assertTrue(store.insert(daily, Instant.EPOCH, 2).isPresent());
    assertTrue(store.insert(daily, Instant.EPOCH, 2).isEmpty());
    assertTrue(store.insert(daily.withId(0), Instant.EPOCH, 2).isEmpty());
    WorkspaceKey other = new WorkspaceKey("", "T2");
    assertTrue(store.insert(Subscription.daily(other, "C1", LocalTime.NOON, ZoneId.of("UTC")), Instant.EPOCH, 2)
        .isPresent(), "each workspace its own");
  }

  @Test
  void keepsTheLastRunAcrossChangesTurnsOffAndDeletes() {
    Subscription s = store.insert(Subscription.daily(team, "C1", LocalTime.of(8, 0), ZoneId.of("America/Bogota")),
        Instant.EPOCH, 20).orElseThrow();
    LastRun run = LastRun.of(Instant.parse("2026-11-24T13:00:00Z"), LocalDate.of(2026, 11, 23),
        DigestOutcome.NOT_IN_CHANNEL, "C1");

    store.recordLastRun(s.id(), run);
    store.update(s.withZone(ZoneId.of("America/Lima")), Instant.EPOCH);
    assertTrue(store.setEnabled(team, s.id(), false, Instant.EPOCH));

    assertEquals(run, store.lastRun(s.id()).orElseThrow());
    assertFalse(store.find(s.id()).orElseThrow().enabled());
    assertFalse(store.delete(new WorkspaceKey("", "T9"), s.id()), "not another workspace's");
    assertTrue(store.delete(team, s.id()));
    assertTrue(store.find(s.id()).isEmpty());
    assertFalse(store.setEnabled(team, s.id(), true, Instant.EPOCH));
  }
}
