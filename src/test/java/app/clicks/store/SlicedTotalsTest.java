package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
import app.clicks.report.Totals;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A summary sliced to one routing point or one ad (issue 15): its totals, both periods, equal a count by hand of the
 * slice's records, every dimension a summary shows included; they are added up from per-day aggregates
 * (click_day_slices), so a sliced month reads no click; a key never seen gives zeros.
 */
class SlicedTotalsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(3), 9, 0));

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aRoutingPointsWeekEqualsACountByHandOfItsRecords(String db) throws Exception {
    List<ClickRecord> records = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(13), 14, 150, 61));
    ClickStore store = store(db, records);
    PeriodPair week = Records.days(DAY.minusDays(6), 7);

    StoredTotals all = store.totals(connection, week, Purpose.DIGEST);
    StoredTotals sales = store.totals(connection, week, Purpose.DIGEST, Slice.routingPoint("RP_SALES"));

    assertEquals(0, sales.requests(), "the days were fetched once, for the unsliced totals");
    assertSlice(records, r -> r.rpId().equals("RP_SALES"), week, sales);
    assertTrue(sales.current().clicks() > 0 && sales.current().clicks() < all.current().clicks());
    assertEquals(List.of("RP_SALES"), List.copyOf(sales.current().routingPoints().keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void anAdsWeekEqualsACountByHandOfItsRecords(String db) throws Exception {
    List<ClickRecord> records = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(13), 14, 150, 62));
    ClickStore store = store(db, records);
    PeriodPair week = Records.days(DAY.minusDays(6), 7);

    StoredTotals ad = store.totals(connection, week, Purpose.DIGEST, Slice.ad("120210002"));

    assertSlice(records, r -> r.sourceId().equals("120210002"), week, ad);
    assertEquals(1, ad.current().ads().size());
    assertEquals("https://fb.com/ads/120210002", ad.current().ads().get(0).sourceUrl());
    assertTrue(ad.current().routingPoints().size() > 1, "an ad's clicks by routing point");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aSliceOfAKeyNeverSeenIsZero(String db) throws Exception {
    List<ClickRecord> records = Records.days(DAY.minusDays(13), 14, 40, 63);
    ClickStore store = store(db, records);
    PeriodPair week = Records.days(DAY.minusDays(6), 7);

    StoredTotals nobody = store.totals(connection, week, Purpose.DIGEST, Slice.routingPoint("RP_NOBODY"));
    StoredTotals noAd = store.totals(connection, week, Purpose.DIGEST, Slice.ad("no-such-ad"));

    Totals zero = Records.expected(List.of(), week.current(), BOGOTA);
    for (StoredTotals t : List.of(nobody, noAd)) {
      assertEquals(zero, t.current());
      assertEquals(zero, t.previous());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aRunningPeriodsSliceCountsItsOpenDayFromTheSlicesClicks(String db) throws Exception {
    clock.set(Records.at(DAY, 14, 30));
    List<ClickRecord> records = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(3), 4, 120, 64)).stream()
        .filter(r -> r.date().isBefore(clock.instant())).toList();
    ClickStore store = store(db, records);
    ZonedDateTime now = clock.instant().atZone(BOGOTA);
    PeriodPair twoDays = new PeriodPair(
        new Period("since yesterday", DAY.minusDays(1).atStartOfDay(BOGOTA), now, true),
        new Period("before", DAY.minusDays(3).atStartOfDay(BOGOTA), now.minusDays(2), false));

    StoredTotals support = store.totals(connection, twoDays, Purpose.INTERACTIVE, Slice.routingPoint("RP_SUPPORT"));
    StoredTotals ad = store.totals(connection, twoDays, Purpose.INTERACTIVE, Slice.ad("post-77"));

    assertSlice(records, r -> r.rpId().equals("RP_SUPPORT"), twoDays, support);
    assertSlice(records, r -> r.sourceId().equals("post-77"), twoDays, ad);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aSlicedMonthReadsNoClick(String db) throws Exception {
    clock.set(Records.at(DAY.plusDays(40), 9, 0));
    List<ClickRecord> records = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(61), 62, 30, 65));
    SqlLog sql = new SqlLog();
    ClickStore store = new ClickStore(sql.wrap(TestDatabases.shared(db).dataSource()),
        new FakeClickSource().add(records), StoreSettings.DEFAULTS, clock);
    PeriodPair month = Records.days(DAY.minusDays(30), 31);
    store.totals(connection, month, Purpose.DIGEST);
    sql.clear();

    StoredTotals sales = store.totals(connection, month, Purpose.DIGEST, Slice.routingPoint("RP_SALES"));
    StoredTotals ad = store.totals(connection, month, Purpose.DIGEST, Slice.ad("120210001"));

    assertEquals(0, sales.requests() + ad.requests(), "every day is settled and stored");
    assertFalse(sql.statements().isEmpty());
    assertTrue(sql.statements().stream().anyMatch(s -> s.contains("click_day_slices")));
    for (String statement : sql.statements()) {
      assertFalse(Pattern.compile("\\bclick\\b").matcher(statement).find(), () -> "scans clicks: " + statement);
    }
    assertSlice(records, r -> r.rpId().equals("RP_SALES"), month, sales);
    assertSlice(records, r -> r.sourceId().equals("120210001"), month, ad);
  }

  private ClickStore store(String db, List<ClickRecord> records) {
    return new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
  }

  /** Both periods of {@code t} equal a count by hand (report.ClickTally) of the records {@code in} the slice. */
  static void assertSlice(List<ClickRecord> records, Predicate<ClickRecord> in, PeriodPair pair, StoredTotals t) {
    List<ClickRecord> slice = records.stream().filter(in).toList();
    assertEquals(Records.expected(slice, pair.current(), BOGOTA), t.current(), pair.current().label());
    assertEquals(Records.expected(slice, pair.previous(), BOGOTA), t.previous(), pair.previous().label());
  }
}
