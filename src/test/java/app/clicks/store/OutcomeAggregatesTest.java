package app.clicks.store;

import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.FakeClickSource;
import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.wolkvox.WolkvoxConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clicks by ad × outcome and by agent × outcome (click_day_outcome): written with the day they count, equal to a
 * count by hand of the raw records, and what a month's conversions are added up from without scanning its clicks.
 */
class OutcomeAggregatesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  /** Outcome codes as wolkvox may write them: one code in several cases and with spaces, and the untagged ones. */
  private static final String[] CODES = {"SALE", " sale", "Sale ", "NO_SALE", "no_sale ", "", " ", "TIMEOUTCHAT"};
  private static final Set<String> SOLD = Set.of("SALE");

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(3), 9, 0));

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void eachStoredDayHoldsItsClicksByAdAndAgentAndOutcomeAsCountedByHand(String db) throws Exception {
    List<ClickRecord> records = withCodes(Records.days(DAY.minusDays(3), 4, 250, 41));
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);

    store.totals(connection, Records.days(DAY.minusDays(1), 2), Purpose.INTERACTIVE);

    assertEquals(byHand(records), stored(db));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aMonthsConversionsByAdAndAgentAddUpItsDaysWithoutScanningTheirClicks(String db) throws Exception {
    clock.set(Records.at(DAY.plusDays(40), 9, 0));
    List<ClickRecord> records = withCodes(Records.days(DAY.minusDays(61), 62, 40, 42));
    SqlLog sql = new SqlLog();
    ClickStore store = new ClickStore(sql.wrap(TestDatabases.shared(db).dataSource()), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    PeriodPair month = Records.days(DAY.minusDays(30), 31);
    store.totals(connection, month, Purpose.INTERACTIVE);
    sql.clear();

    StoredTotals totals = store.totals(connection, month, Purpose.INTERACTIVE);

    assertEquals(0, totals.requests(), "every day is settled and stored");
    assertFalse(sql.statements().isEmpty());
    for (String statement : sql.statements()) {
      assertFalse(Pattern.compile("\\bclick\\b").matcher(statement).find(), () -> "scans clicks: " + statement);
    }
    for (int i = 0; i < 2; i++) {
      Period p = i == 0 ? month.current() : month.previous();
      var t = i == 0 ? totals.current() : totals.previous();
      List<ClickRecord> in = records.stream().filter(r -> p.contains(r.date())).toList();
      assertEquals(count(in, ClickRecord::sourceId), t.adOutcomes().matching(SOLD), p.label());
      assertEquals(count(in.stream().filter(r -> !r.withoutAgent()).toList(), ClickRecord::agentId),
          t.agentOutcomes().matching(SOLD), p.label());
    }
    Summary s = Summaries.of(month, totals.current(), totals.previous(), 3, Summary.DataNote.file(),
        new SummaryContext(new Directory(Names.NONE, Names.NONE, Names.NONE, Set.of("sale")), Names.NONE,
            ConversionCodes.WOLKVOX_HITS));
    List<ClickRecord> current = records.stream().filter(r -> month.current().contains(r.date())).toList();
    assertEquals(count(current, r -> "all").get("all"), s.conversions().current());
    for (Summary.RankedAd ad : s.topAds()) {
      assertEquals(count(current, ClickRecord::sourceId).getOrDefault(ad.sourceId(), 0L), ad.conversion().count());
    }
    assertTrue(s.conversions().current() > 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aRunningPeriodCountsTheOpenDaysOutcomesFromItsClicks(String db) throws Exception {
    clock.set(Records.at(DAY, 14, 30));
    List<ClickRecord> records = withCodes(Records.days(DAY.minusDays(3), 4, 120, 43)).stream()
        .filter(r -> r.date().isBefore(clock.instant())).toList();
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    ZonedDateTime now = clock.instant().atZone(BOGOTA);
    PeriodPair twoDays = new PeriodPair(new Period("since yesterday", DAY.minusDays(1).atStartOfDay(BOGOTA), now, true),
        new Period("before", DAY.minusDays(3).atStartOfDay(BOGOTA), now.minusDays(2), false));

    StoredTotals totals = store.totals(connection, twoDays, Purpose.INTERACTIVE);

    assertEquals(Records.expected(records, twoDays.current(), BOGOTA), totals.current());
    assertEquals(Records.expected(records, twoDays.previous(), BOGOTA), totals.previous());
    List<ClickRecord> in = records.stream().filter(r -> twoDays.current().contains(r.date())).toList();
    assertEquals(count(in, ClickRecord::sourceId), totals.current().adOutcomes().matching(SOLD));
  }

  /** The records with their cod_act replaced by one of {@link #CODES}, varied but repeatable. */
  static List<ClickRecord> withCodes(List<ClickRecord> records) {
    List<ClickRecord> out = new ArrayList<>();
    for (ClickRecord r : records) {
      String code = CODES[Math.floorMod((r.chatId() + r.date()).hashCode(), CODES.length)];
      out.add(new ClickRecord(r.sourceUrl(), r.sourceType(), r.sourceId(), r.chatId(), r.rpId(), r.agentId(),
          r.mediaType(), r.mediaUrl(), r.date(), r.rawDate(), code));
    }
    return out;
  }

  /** By hand: conversions (code SALE in any case, with spaces) by the key {@code by} gives a record. */
  private static Map<String, Long> count(List<ClickRecord> records, Function<ClickRecord, String> by) {
    Map<String, Long> out = new HashMap<>();
    for (ClickRecord r : records) {
      if (r.codAct().trim().toUpperCase(Locale.ROOT).equals("SALE")) {
        out.merge(by.apply(r), 1L, Long::sum);
      }
    }
    return out;
  }

  /** By hand: "day dim id OUTCOME" → clicks, for every day of the records. */
  static Map<String, Long> byHand(List<ClickRecord> records) {
    Map<String, Long> out = new HashMap<>();
    for (ClickRecord r : records) {
      String day = r.date().atZone(BOGOTA).toLocalDate().toString();
      String outcome = r.codAct().trim().toUpperCase(Locale.ROOT);
      out.merge(day + " a " + r.sourceId() + " " + outcome, 1L, Long::sum);
      if (!r.agentId().isBlank()) {
        out.merge(day + " g " + r.agentId() + " " + outcome, 1L, Long::sum);
      }
    }
    return out;
  }

  /** The server's clicks by outcome (click_day_outcomes) as "day dim id OUTCOME" → clicks. */
  private Map<String, Long> stored(String db) throws Exception {
    try (Connection c = TestDatabases.shared(db).dataSource().getConnection()) {
      return rows(c, server);
    }
  }

  static Map<String, Long> rows(Connection c, String server) throws Exception {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT local_day, counts FROM click_day_outcomes WHERE server_id = ?")) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String day = rs.getDate(1).toLocalDate().toString();
          OutcomePack.unpack(rs.getBytes(2), (dim, id, outcome, clicks) -> {
            String key = day + " " + dim + " " + id + " " + outcome;
            assertEquals(null, out.put(key, clicks), "one count per day, dimension, id and outcome: " + key);
          });
        }
      }
    }
    return out;
  }
}
