package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxClient;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxSettings;
import app.clicks.wolkvox.WolkvoxStandIn;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store through the real wolkvox client and the database gate, against a local wolkvox stand-in. */
class WolkvoxClientStoreTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok-0123456789", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(TODAY, 9, 0));

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void lastEightDaysStayRightWhenAnswersAreCutAtAFewHundredRecords(String db) throws Exception {
    PeriodPair last8 = Records.days(TODAY.minusDays(8), 8);
    List<WolkvoxStandIn.Row> rows = WolkvoxStandIn.generate(2_400,
        SyncPolicy.window(TODAY.minusDays(16), TODAY.minusDays(1)));
    try (WolkvoxStandIn standIn = WolkvoxStandIn.start()) {
      standIn.respond(WolkvoxStandIn.serving(rows, 300));
      ClickStore store = store(db, standIn, 300);

      StoredTotals totals = store.totals(connection, last8, Purpose.INTERACTIVE);

      assertExpected(rows, last8, totals);
      assertTrue(standIn.requests().size() > 1, "the capped answers were split");
      assertEquals(standIn.requests().size(), store.callsToday(connection), "every HTTP request is counted");
      assertEquals(1, standIn.maxInFlight());
      int asked = standIn.requests().size();

      StoredTotals again = store.totals(connection, last8, Purpose.INTERACTIVE);
      assertEquals(0, again.requests());
      assertEquals(asked, standIn.requests().size(), "asking again costs wolkvox nothing");
      assertEquals(totals.current(), again.current());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void yesterdayOnceThenFromTheStore(String db) throws Exception {
    PeriodPair yesterday = Records.days(TODAY.minusDays(1), 1);
    List<WolkvoxStandIn.Row> rows = WolkvoxStandIn.generate(500,
        SyncPolicy.window(TODAY.minusDays(2), TODAY.minusDays(1)));
    try (WolkvoxStandIn standIn = WolkvoxStandIn.start()) {
      standIn.respond(WolkvoxStandIn.serving(rows, 60_000));
      ClickStore store = store(db, standIn, 60_000);

      StoredTotals totals = store.totals(connection, yesterday, Purpose.INTERACTIVE);
      StoredTotals again = store.totals(connection, yesterday, Purpose.INTERACTIVE);

      assertExpected(rows, yesterday, totals);
      assertEquals(1, standIn.requests().size());
      assertEquals(0, again.requests());
      assertFalse(again.storeOnly());
    }
  }

  /** The real client, told that answers are cut at {@code cap} records, behind the database gate. */
  private ClickStore store(String db, WolkvoxStandIn standIn, int cap) {
    WolkvoxSettings settings = WolkvoxSettings.defaults().withBaseUrl(standIn.baseUrl()).withMaxRecords(cap);
    DbRequestGate gate = new DbRequestGate(TestDatabases.shared(db).dataSource(), 1, clock);
    WolkvoxClient client = new WolkvoxClient(settings, WolkvoxClient.httpClient(settings), gate, d -> { });
    return new ClickStore(TestDatabases.shared(db).dataSource(), client, StoreSettings.DEFAULTS, clock);
  }

  /** Clicks, chats, ads and agents of the stand-in's rows in each period, counted by hand. */
  private static void assertExpected(List<WolkvoxStandIn.Row> rows, PeriodPair pair, StoredTotals totals) {
    for (boolean current : new boolean[] {true, false}) {
      var period = current ? pair.current() : pair.previous();
      var t = current ? totals.current() : totals.previous();
      long clicks = 0;
      Set<String> chats = new HashSet<>();
      Map<String, Long> ads = new HashMap<>();
      Map<String, Long> agents = new HashMap<>();
      for (WolkvoxStandIn.Row r : rows) {
        if (!period.contains(r.date().atZone(BOGOTA).toInstant())) {
          continue;
        }
        clicks++;
        chats.add(r.chatId());
        ads.merge(r.sourceId(), 1L, Long::sum);
        if (!r.agentId().isBlank()) {
          agents.merge(r.agentId(), 1L, Long::sum);
        }
      }
      assertTrue(clicks > 0);
      assertEquals(clicks, t.clicks());
      assertEquals(chats.size(), t.chats());
      assertEquals(agents, t.agents());
      Map<String, Long> stored = new HashMap<>();
      t.ads().forEach(a -> stored.put(a.sourceId(), a.clicks()));
      assertEquals(ads, stored);
    }
  }
}
