package app.clicks.store;

import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.FakeClickSource;
import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.wolkvox.WolkvoxConnection;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact layout (V9): a fetch's clicks give back every field, and dictionary ids are one per text. */
class CompactStoreTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  private final String server = TestDatabases.newServer();
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(2), 9, 0));

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void everyFieldOfAFetchedClickCanBeGivenBack(String db) throws Exception {
    List<ClickRecord> records = new ArrayList<>(Records.days(DAY.minusDays(1), 2, 60, 71));
    records.add(Records.undated(DAY.minusDays(1), "undated-7"));
    records.add(new ClickRecord("https://fb.me/ü", "post", "p-1", "chat é", "RP 1", "A 1", "video",
        "https://cdn/x.mp4?a=1&b=2", Records.at(DAY, 23, 59), "2026-11-10 23:59:00", " venta "));
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), new FakeClickSource().add(records),
        StoreSettings.DEFAULTS, clock);
    PeriodPair pair = Records.days(DAY, 1);

    store.totals(new WolkvoxConnection(server, "tok", BOGOTA), pair, Purpose.INTERACTIVE);

    List<String> expected = new ArrayList<>();
    for (ClickRecord r : records) {
      Instant at = r.date() == null ? DAY.minusDays(1).atStartOfDay(BOGOTA).toInstant() : r.date();
      LocalDate day = at.atZone(BOGOTA).toLocalDate();
      Integer hour = r.date() == null ? null : at.atZone(BOGOTA).getHour();
      expected.add(day + "|" + at + "|" + hour + "|" + String.join("|", r.sourceId(), r.sourceUrl(),
          r.sourceType(), r.mediaType(), r.mediaUrl(), r.chatId(), r.rpId(), r.agentId(), r.codAct(),
          r.date() == null ? r.rawDate() : ""));
    }
    expected.sort(null);
    try (Connection c = TestDatabases.shared(db).dataSource().getConnection()) {
      assertEquals(expected, CompactMigrationTest.v9Rows(c, server, BOGOTA));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void twoProcessesAddingTheSameTextsAtOnceGetTheSameIds(String db) throws Exception {
    List<String> texts = IntStream.range(0, 300).mapToObj(i -> "text-" + UUID.randomUUID() + "-" + i).toList();
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (Database one = TestDatabases.another(db); Database two = TestDatabases.another(db)) {
      CountDownLatch start = new CountDownLatch(1);
      Callable<Map<String, Integer>> resolve1 = () -> resolve(one, texts, start);
      Callable<Map<String, Integer>> resolve2 = () -> resolve(two, texts, start);
      Future<Map<String, Integer>> a = executor.submit(resolve1);
      Future<Map<String, Integer>> b = executor.submit(resolve2);
      start.countDown();
      Map<String, Integer> ids = a.get();
      assertEquals(ids, b.get());
      assertEquals(texts.size(), ids.values().stream().distinct().count(), "one id a text");
      Dictionary third = new Dictionary(TestDatabases.shared(db).dataSource());
      third.resolveTexts(texts.subList(0, 5));
      assertEquals(ids.get(texts.get(0)), third.text(texts.get(0)), "an id, once given, stays");
      short k1 = new Dictionary(one.dataSource()).serverKey(server);
      assertEquals(k1, new Dictionary(two.dataSource()).serverKey(server));
      assertNotEquals(k1, new Dictionary(two.dataSource()).serverKey(TestDatabases.newServer()));
    } finally {
      executor.shutdownNow();
    }
  }

  private static Map<String, Integer> resolve(Database db, List<String> texts, CountDownLatch start)
      throws Exception {
    start.await();
    Dictionary d = new Dictionary(db.dataSource());
    d.resolveTexts(texts);
    Map<String, Integer> out = new java.util.HashMap<>();
    texts.forEach(t -> out.put(t, d.text(t)));
    return out;
  }
}
