package app.clicks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.FakeClickSource;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  final String server = TestDatabases.newServer();
  final WolkvoxConnection mexico = new WolkvoxConnection(server, "token-abcdefgh", MEXICO_CITY);
  final FakeClickSource source = new FakeClickSource();

  ConnectionTester tester(String db) {
    return new ConnectionTester(TestDatabases.shared(db).dataSource(), source, CLOCK);
  }

  @Test
  void asksForTheLastHourInTheReportTimezoneAndCountsTheChats() throws Exception {
    source.add(FakeClickSource.chats(5, NOW.minusSeconds(1800)));
    ConnectionVerdict v = tester(TestDatabases.H2).test(mexico);
    assertEquals(ConnectionVerdict.connected(5, NOW), v);
    assertEquals("20261123080000..20261123090000", source.asked.take().window().toString());
  }

  @Test
  void aWolkvoxFailureBecomesItsVerdict() {
    source.failWith(WolkvoxException.Kind.QUOTA_EXCEEDED);
    ConnectionVerdict v = tester(TestDatabases.H2).test(mexico);
    assertFalse(v.connected());
    assertEquals(WolkvoxException.Kind.QUOTA_EXCEEDED, v.failure());
    assertFalse(v.unexpected());
  }

  @Test
  void aBrokenSourceIsAVerdictNotAnException() {
    source.crash = new IllegalStateException("boom");
    ConnectionVerdict v = tester(TestDatabases.H2).test(mexico);
    assertTrue(v.unexpected());
    assertNull(v.failure());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void itsRequestsAreCountedInTheDaysCallLogInTheReportTimezone(String db) {
    ClickStore store = store(db);
    source.reportRequests(2);
    tester(db).test(mexico);
    assertEquals(2, store.callsToday(mexico), "what the source made, as a fetch counts");
    source.failWith(WolkvoxException.Kind.TOKEN_REJECTED);
    tester(db).test(mexico);
    assertEquals(3, store.callsToday(mexico), "a failed test counts 1, as a failed fetch does");
    assertEquals(3, new CallLog(TestDatabases.shared(db).dataSource()).calls(server, LocalDate.of(2026, 11, 23)),
        "on the report timezone's day (09:00 in Mexico City)");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void itIsNeverRefusedWhenTheBudgetIsSpent(String db) throws Exception {
    ClickStore store = store(db);
    DataSource ds = TestDatabases.shared(db).dataSource();
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
    return new ClickStore(TestDatabases.shared(db).dataSource(), source, new StoreSettings(2, 5, 10, 400, 1), CLOCK);
  }
}
