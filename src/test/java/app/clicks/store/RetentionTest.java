package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records older than CLICKS_RETENTION_DAYS go; a day whose records went is fetched again if asked for. */
class RetentionTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void oldDaysAreDeletedAndRecentOnesKept(String db) throws Exception {
    String server = TestDatabases.newServer();
    WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY.minusDays(60), 61, 4, 41));
    MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), source,
        new StoreSettings(2, 5, 200, 30, 1), clock);
    PeriodPair old = Records.days(DAY.minusDays(50), 5);
    PeriodPair recent = Records.days(DAY.minusDays(4), 5);
    store.totals(connection, old, Purpose.INTERACTIVE);
    store.totals(connection, recent, Purpose.INTERACTIVE);
    int before = source.requests.get();

    int deleted = store.deleteExpired();

    assertTrue(deleted >= 40, "the 10 old days (4 records each) are gone: " + deleted);
    try (var c = TestDatabases.shared(db).dataSource().getConnection();
        var ps = c.prepareStatement("SELECT COUNT(*) FROM click_day_outcomes WHERE server_id = ? AND local_day < ?")) {
      ps.setString(1, server);
      ps.setDate(2, java.sql.Date.valueOf(DAY.minusDays(30)));
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getLong(1), "their clicks by outcome are gone too");
      }
    }
    assertEquals(20, store.totals(connection, recent, Purpose.INTERACTIVE).current().clicks());
    assertEquals(before, source.requests.get(), "recent days are kept, not fetched again");
    StoredTotals again = store.totals(connection, old, Purpose.INTERACTIVE);
    assertEquals(20, again.current().clicks());
    assertEquals(1, again.requests(), "an expired day is fetched again when asked for");
  }
}
