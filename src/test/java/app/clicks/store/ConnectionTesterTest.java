package app.clicks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connection test asks wolkvox for the last hour of the report timezone, turns any outcome into a verdict, counts
 * its requests in the day's call log (so the Home tab's "wolkvox calls today" shows it) and is never refused for
 * budget.
 */
class ConnectionTesterTest {
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

  final String server = TestDb.newServer();
  final WolkvoxConnection mexico = new WolkvoxConnection(server, "token-abcdefgh", MEXICO_CITY);
  final Wolkvox source = new Wolkvox();

  ConnectionTester tester(String db) {
    return new ConnectionTester(TestDb.shared(db).dataSource(), source, CLOCK);
  }

  @Test
  void asksForTheLastHourInTheReportTimezoneAndCountsTheChats() throws Exception {
    source.records = 5;
    ConnectionVerdict v = tester(TestDb.H2).test(mexico);
    assertEquals(ConnectionVerdict.connected(5, NOW), v);
    assertEquals("20261123080000..20261123090000", source.asked.take().toString());
  }

  @Test
  void aWolkvoxFailureBecomesItsVerdict() {
    source.failure = WolkvoxException.Kind.QUOTA_EXCEEDED;
    ConnectionVerdict v = tester(TestDb.H2).test(mexico);
    assertFalse(v.connected());
    assertEquals(WolkvoxException.Kind.QUOTA_EXCEEDED, v.failure());
    assertFalse(v.unexpected());
  }

  @Test
  void aBrokenSourceIsAVerdictNotAnException() {
    ConnectionTester broken = new ConnectionTester(TestDb.shared(TestDb.H2).dataSource(), (c, w, r) -> {
      throw new IllegalStateException("boom");
    }, CLOCK);
    ConnectionVerdict v = broken.test(mexico);
    assertTrue(v.unexpected());
    assertNull(v.failure());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDb.H2, TestDb.PG})
  void itsRequestsAreCountedInTheDaysCallLogInTheReportTimezone(String db) {
    ClickStore store = store(db);
    source.requests = 2;
    tester(db).test(mexico);
    assertEquals(2, store.callsToday(mexico), "what the source made, as a fetch counts");
    source.failure = WolkvoxException.Kind.TOKEN_REJECTED;
    tester(db).test(mexico);
    assertEquals(3, store.callsToday(mexico), "a failed test counts 1, as a failed fetch does");
    assertEquals(3, new CallLog(TestDb.shared(db).dataSource()).calls(server, LocalDate.of(2026, 11, 23)),
        "on the report timezone's day (09:00 in Mexico City)");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDb.H2, TestDb.PG})
  void itIsNeverRefusedWhenTheBudgetIsSpent(String db) throws Exception {
    ClickStore store = store(db);
    DataSource ds = TestDb.shared(db).dataSource();
    new CallLog(ds).add(server, LocalDate.of(2026, 11, 23), store.dailyBudget());
    WolkvoxException spent = assertThrows(WolkvoxException.class,
        () -> store.totals(mexico, Records.days(LocalDate.of(2026, 11, 20), 1), Purpose.DIGEST));
    assertEquals(WolkvoxException.Kind.BUDGET_EXHAUSTED, spent.kind(), "the store refuses a fetch now");
    int asked = source.asked.size();

    ConnectionVerdict v = tester(db).test(mexico);

    assertTrue(v.connected(), "the test still asks wolkvox");
    assertEquals(asked + 1, source.asked.size());
    assertEquals(store.dailyBudget() + 1, store.callsToday(mexico), "and is counted past the budget");
  }

  private ClickStore store(String db) {
    return new ClickStore(TestDb.shared(db).dataSource(), source, new StoreSettings(2, 5, 10, 400, 1), CLOCK);
  }

  /** A wolkvox that answers with a few records, or fails the way a test tells it to; keeps the windows asked. */
  static final class Wolkvox implements ClickSource {
    volatile WolkvoxException.Kind failure;
    volatile int records = 3;
    volatile int requests = 1;
    final BlockingQueue<Window> asked = new LinkedBlockingQueue<>();

    @Override
    public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
      asked.add(window);
      if (failure != null) {
        throw new WolkvoxException(failure, connection.serverId(), window.toString(), "wolkvox failed: " + failure);
      }
      WindowReceiver.Batch batch = receiver.open(window);
      for (int i = 0; i < records; i++) {
        batch.accept(new ClickRecord("https://fb.me/ad" + i, "ad", "ad" + i, "chat" + i, "rp", "agent" + i, "image",
            "", Instant.parse("2026-11-23T14:30:00Z"), "2026-11-23 09:30:00", "1"));
      }
      batch.commit();
      return requests;
    }
  }
}
