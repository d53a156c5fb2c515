package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store's sync rules: settled days once, one last fetch after 24 h, open days every few minutes. */
class ClickStoreSyncTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok-secret", BOGOTA);
  private final FakeClickSource source = new FakeClickSource();
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));

  private ClickStore store(String db) {
    return new ClickStore(TestDatabases.shared(db).dataSource(), source, StoreSettings.DEFAULTS, clock);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void settledDayIsFetchedOnceThenReadFromTheStore(String db) throws Exception {
    source.add(Records.days(DAY.minusDays(1), 2, 50, 1));
    ClickStore store = store(db);
    PeriodPair yesterday = Records.days(DAY, 1);

    StoredTotals first = store.totals(connection, yesterday, Purpose.INTERACTIVE);
    StoredTotals second = store.totals(connection, yesterday, Purpose.INTERACTIVE);

    assertEquals(1, first.requests(), "the day and the day before are contiguous: one request");
    assertEquals(List.of(SyncPolicy.window(DAY.minusDays(1), DAY)), source.windows);
    assertEquals(0, second.requests());
    assertEquals(1, source.requests.get());
    assertEquals(50, second.current().clicks());
    assertEquals(50, second.previous().clicks());
    assertEquals(first.current(), second.current());
    assertEquals(first.previous(), second.previous());
    assertEquals(clock.instant(), second.fetchedAt());
    assertFalse(second.storeOnly());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aSettledDayIsFetchedOnceMoreWhenFirstAskedAfterItIs24HoursOldThenIsFinal(String db) throws Exception {
    source.add(Records.days(DAY.minusDays(1), 2, 40, 2));
    ClickStore store = store(db);
    PeriodPair yesterday = Records.days(DAY, 1);
    store.totals(connection, yesterday, Purpose.INTERACTIVE);
    source.add(List.of(Records.at(DAY.atTime(23, 50).atZone(BOGOTA), "late-chat")));

    clock.set(Records.at(DAY.plusDays(1), 23, 59));
    assertEquals(0, store.totals(connection, yesterday, Purpose.INTERACTIVE).requests(), "not 24 h old yet");

    clock.set(Records.at(DAY.plusDays(2), 8, 0));
    StoredTotals refreshed = store.totals(connection, yesterday, Purpose.INTERACTIVE);
    assertEquals(1, refreshed.requests());
    assertEquals(41, refreshed.current().clicks(), "the chat that closed late is there");

    source.add(List.of(Records.at(DAY.atTime(23, 55).atZone(BOGOTA), "later-still")));
    clock.set(Records.at(DAY.plusDays(20), 8, 0));
    StoredTotals finalTotals = store.totals(connection, yesterday, Purpose.INTERACTIVE);
    assertEquals(0, finalTotals.requests(), "final: never fetched again");
    assertEquals(41, finalTotals.current().clicks());
    assertEquals(2, source.requests.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void theOpenDayIsFetchedAgainAtMostEveryRefreshPeriod(String db) throws Exception {
    LocalDate today = DAY;
    clock.set(Records.at(today, 10, 0));
    source.add(Records.day(today.minusDays(1), 30, 3));
    source.add(Records.day(today, 20, 3).stream().filter(r -> r.date().isBefore(clock.instant())).toList());
    ClickStore store = store(db);
    PeriodPair pair = Records.today(today);

    assertEquals(1, store.totals(connection, pair, Purpose.INTERACTIVE).requests());
    assertEquals(SyncPolicy.window(today.minusDays(1), today), source.windows.get(0), "whole days, to 23:59:59");
    clock.advance(Duration.ofMinutes(4));
    assertEquals(0, store.totals(connection, pair, Purpose.INTERACTIVE).requests());
    assertEquals(0, store.daysToFetch(connection, pair));

    source.add(List.of(Records.at(today.atTime(10, 3).atZone(BOGOTA), "new-chat")));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, store.daysToFetch(connection, pair), "only the open day: yesterday was fetched after it settled");
    StoredTotals later = store.totals(connection, pair, Purpose.INTERACTIVE);
    assertEquals(1, later.requests());
    assertEquals(List.of(SyncPolicy.window(today, today)), source.windows.subList(1, 2));
    assertTrue(later.current().clicks() >= 1);
    assertEquals(source.world.stream().filter(r -> pair.current().contains(r.date())).count(),
        later.current().clicks());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void thirtyDaysOnAnEmptyStoreCostTwoRequests(String db) throws Exception {
    LocalDate first = DAY.minusDays(29);
    source.add(Records.days(first.minusDays(30), 60, 10, 4));
    ClickStore store = store(db);
    PeriodPair last30 = Records.days(first, 30);

    assertEquals(60, store.daysToFetch(connection, last30));
    StoredTotals totals = store.totals(connection, last30, Purpose.INTERACTIVE);

    assertEquals(2, totals.requests());
    assertEquals(2, source.requests.get());
    for (Window w : source.windows) {
      assertTrue(SyncPolicy.lastDay(w).toEpochDay() - SyncPolicy.firstDay(w).toEpochDay() < 31, w.toString());
    }
    assertEquals(300, totals.current().clicks());
    assertEquals(300, totals.previous().clicks());
    assertEquals(0, store.daysToFetch(connection, last30));
    assertEquals(0, store.totals(connection, last30, Purpose.INTERACTIVE).requests());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aFetchReplacesItsDaysWithoutDuplicatesOrLosses(String db) throws Exception {
    List<ClickRecord> before = Records.days(DAY.minusDays(1), 2, 60, 5);
    source.add(before);
    source.add(Records.day(DAY.plusDays(1), 15, 5));
    ClickStore store = store(db);
    PeriodPair yesterday = Records.days(DAY, 1);
    store.totals(connection, yesterday, Purpose.INTERACTIVE);
    PeriodPair today = Records.days(DAY.plusDays(1), 1);

    source.world.removeIf(r -> r.date().atZone(BOGOTA).toLocalDate().equals(DAY) && r.date().getEpochSecond() % 3 == 0);
    source.add(List.of(Records.at(DAY.atTime(7, 0).atZone(BOGOTA), "new-1"),
        Records.at(DAY.atTime(8, 0).atZone(BOGOTA), "new-2")));
    source.cap = 30;
    clock.set(Records.at(DAY.plusDays(3), 8, 0));
    StoredTotals again = store.totals(connection, yesterday, Purpose.INTERACTIVE);

    assertEquals(3, again.requests(), "the capped answer is discarded and its window split in two");
    long inWorld = source.world.stream().filter(r -> yesterday.current().contains(r.date())).count();
    assertEquals(inWorld, again.current().clicks());
    assertEquals(Records.expected(source.world, yesterday.current(), BOGOTA), again.current());
    assertEquals(Records.expected(source.world, yesterday.previous(), BOGOTA), again.previous());
    assertEquals(15, store.totals(connection, today, Purpose.INTERACTIVE).current().clicks(),
        "the next day, fetched on its own, is whole");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void recordsWithoutAReadableDateAreFiledUnderTheWindowsFirstDay(String db) throws Exception {
    source.add(Records.day(DAY, 10, 6));
    source.add(List.of(Records.undated(DAY, "u1"), Records.undated(DAY, "u2")));
    ClickStore store = store(db);

    StoredTotals totals = store.totals(connection, Records.days(DAY, 1), Purpose.INTERACTIVE);

    assertEquals(10, totals.current().clicks());
    assertEquals(2, totals.previous().clicks(), "undated records count in the window's first day (the day before)");
    assertEquals(2, totals.previous().chats());
    assertEquals(0, totals.previous().byHour().stream().mapToLong(Long::longValue).sum(), "but in no hour");
  }
}
