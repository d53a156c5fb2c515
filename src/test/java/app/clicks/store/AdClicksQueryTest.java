package app.clicks.store;

import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.FakeClickSource;
import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.ClickRecord;
import app.clicks.store.AdClicksQuery.Counted;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ads and outcome codes of recent clicks, added up from the per-day aggregates, equal a count by hand. */
class AdClicksQueryTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(3), 9, 0));

  /** Stores {@code records} of the 10 days to DAY and the 10 before, as an answer would fetch them. */
  private AdClicksQuery stored(String db, List<ClickRecord> records) throws Exception {
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    store.totals(connection, Records.days(DAY.minusDays(9), 10), Purpose.INTERACTIVE);
    return new AdClicksQuery(TestDatabases.shared(db).dataSource());
  }

  /** The count by hand of the records on [first, last], most clicks first, ties by id. */
  private static List<Counted> byHand(List<ClickRecord> records, LocalDate first, LocalDate last,
      Function<ClickRecord, String> key, Function<ClickRecord, String> url) {
    Map<String, long[]> n = new TreeMap<>();
    Map<String, String> urls = new TreeMap<>();
    for (ClickRecord r : records) {
      LocalDate d = r.date().atZone(BOGOTA).toLocalDate();
      if (!d.isBefore(first) && !d.isAfter(last)) {
        n.computeIfAbsent(key.apply(r), k -> new long[1])[0]++;
        urls.merge(key.apply(r), url.apply(r), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    List<Counted> out = new ArrayList<>();
    n.forEach((k, c) -> out.add(new Counted(k, urls.get(k), c[0])));
    out.sort(Comparator.comparingLong(Counted::clicks).reversed().thenComparing(Counted::id));
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void theAdsOfAWindowOfDaysAreCountedAsByHandMostClicksFirst(String db) throws Exception {
    List<ClickRecord> records = Records.days(DAY.minusDays(19), 20, 120, 41);
    AdClicksQuery query = stored(db, records);

    List<Counted> ads = query.ads(server, DAY.minusDays(6), DAY);

    assertEquals(byHand(records, DAY.minusDays(6), DAY, ClickRecord::sourceId, ClickRecord::sourceUrl), ads);
    assertEquals(7 * 120, ads.stream().mapToLong(Counted::clicks).sum());
    assertEquals(List.of(), query.ads(server, DAY.plusDays(1), DAY.plusDays(30)), "days never fetched count nothing");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void theOutcomeCodesOfRecentChatsAreCountedToo(String db) throws Exception {
    List<ClickRecord> records = Records.days(DAY.minusDays(19), 20, 80, 42);
    AdClicksQuery query = stored(db, records);

    assertEquals(byHand(records, DAY.minusDays(29), DAY, ClickRecord::codAct, r -> ""),
        query.codesUsed(server, DAY.minusDays(29), DAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void tiesGoByIdAndAnotherServerIsNotCounted(String db) throws Exception {
    List<ClickRecord> records = new ArrayList<>();
    String[] sources = {"b-ad", "a-ad", "c-ad", "c-ad", "B-ad", "a-ad", "B-ad", "c-ad"};
    for (int i = 0; i < sources.length; i++) {
      records.add(new ClickRecord("https://fb.me/" + sources[i], "ad", sources[i], "chat" + i, "RP", "1001", "image",
          "", Records.at(DAY, 10, i), "raw", "SALE"));
    }
    AdClicksQuery query = stored(db, records);

    assertEquals(List.of(new Counted("c-ad", "https://fb.me/c-ad", 3), new Counted("B-ad", "https://fb.me/B-ad", 2),
        new Counted("a-ad", "https://fb.me/a-ad", 2), new Counted("b-ad", "https://fb.me/b-ad", 1)),
        query.ads(server, DAY, DAY), "ties by id in Java's order (B before a), whatever the database's collation");
    assertEquals(List.of(), query.ads(TestDatabases.newServer(), DAY, DAY));
  }
}
