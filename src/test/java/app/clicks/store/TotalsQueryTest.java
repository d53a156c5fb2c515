package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.ClickRecord;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQL aggregates equal the totals computed record by record from the same records. */
class TotalsQueryTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(3), 9, 0));

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aWeekAndTheWeekBefore(String db) throws Exception {
    List<ClickRecord> records = Records.days(DAY.minusDays(13), 14, 300, 31);
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    PeriodPair week = Records.days(DAY.minusDays(6), 7);

    StoredTotals totals = store.totals(connection, week, Purpose.INTERACTIVE);

    assertEquals(Records.expected(records, week.current(), BOGOTA), totals.current());
    assertEquals(Records.expected(records, week.previous(), BOGOTA), totals.previous());
    assertEquals(2100, totals.current().clicks());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void periodsThatDoNotStartAtMidnightAreCutByInstant(String db) throws Exception {
    List<ClickRecord> records = Records.days(DAY.minusDays(3), 5, 200, 32);
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    ZonedDateTime start = DAY.atTime(6, 30).atZone(BOGOTA);
    PeriodPair pair = new PeriodPair(new Period("24 h", start, start.plusHours(24), false),
        new Period("24 h before", start.minusHours(30), start.minusHours(6), false));

    StoredTotals totals = store.totals(connection, pair, Purpose.INTERACTIVE);

    assertEquals(Records.expected(records, pair.current(), BOGOTA), totals.current());
    assertEquals(Records.expected(records, pair.previous(), BOGOTA), totals.previous(), "the gap is in neither");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aRunningPeriodOfDaysAddsItsWholeDaysAndItsPartOfToday(String db) throws Exception {
    clock.set(Records.at(DAY, 14, 30));
    List<ClickRecord> records = Records.days(DAY.minusDays(11), 12, 150, 33).stream()
        .filter(r -> r.date().isBefore(clock.instant())).toList();
    FakeClickSource source = new FakeClickSource().add(records);
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), source, StoreSettings.DEFAULTS, clock);
    ZonedDateTime now = clock.instant().atZone(BOGOTA);
    PeriodPair thisWeek = new PeriodPair(
        new Period("this week", DAY.minusDays(5).atStartOfDay(BOGOTA), now, true),
        new Period("last week", DAY.minusDays(11).atStartOfDay(BOGOTA), now.minusDays(6), false));

    StoredTotals totals = store.totals(connection, thisWeek, Purpose.INTERACTIVE);

    assertEquals(Records.expected(records, thisWeek.current(), BOGOTA), totals.current());
    assertEquals(Records.expected(records, thisWeek.previous(), BOGOTA), totals.previous());
    assertEquals(1, source.requests.get(), "12 contiguous days, one request");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void clicksByDayAreEachDaysDatedClicksCountedByHandPartialDaysIncluded(String db) throws Exception {
    clock.set(Records.at(DAY, 14, 30));
    List<ClickRecord> dated = Records.days(DAY.minusDays(7), 8, 120, 34).stream()
        .filter(r -> r.date().isBefore(clock.instant())).toList();
    List<ClickRecord> records = new java.util.ArrayList<>(dated);
    records.add(Records.undated(DAY.minusDays(2), "undated-1"));
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    ZonedDateTime now = clock.instant().atZone(BOGOTA);
    // From 10:00 three days ago to now: a partial first day, two whole days, the running part of today.
    ZonedDateTime start = DAY.minusDays(3).atTime(10, 0).atZone(BOGOTA);
    PeriodPair running = new PeriodPair(new Period("since 10:00", start, now, true),
        new Period("before", DAY.minusDays(7).atStartOfDay(BOGOTA), start, false));

    StoredTotals totals = store.totals(connection, running, Purpose.INTERACTIVE);

    assertEquals(byHand(dated, running.current()), totals.current().byDay());
    assertEquals(byHand(dated, running.previous()), totals.previous().byDay());
    assertEquals(List.of(DAY.minusDays(3), DAY.minusDays(2), DAY.minusDays(1), DAY),
        List.copyOf(totals.current().byDay().keySet()), "every day of the period, partial ones included");
    // One request from the previous period's first day: the undated click is filed under that day, whole.
    long onDays = totals.previous().byDay().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(totals.previous().clicks() - 1, onDays, "the undated click is in the totals but on no day");
  }

  /** The dated clicks of {@code p} by day of the report timezone, counted one by one. */
  private static java.util.Map<LocalDate, Long> byHand(List<ClickRecord> records, Period p) {
    java.util.Map<LocalDate, Long> out = new java.util.TreeMap<>();
    for (ClickRecord r : records) {
      if (p.contains(r.date())) {
        out.merge(r.date().atZone(BOGOTA).toLocalDate(), 1L, Long::sum);
      }
    }
    return out;
  }
}
