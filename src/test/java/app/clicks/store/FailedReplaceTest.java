package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import app.clicks.store.FailingJdbc.Fault;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fetch-and-replace that the database fails part-way: the day keeps its earlier clicks, totals and sync state
 * exactly, the caller gets a plain message, and the next fetch works.
 */
class FailedReplaceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  /** More than one JDBC batch (1000) of the receiver, so that a failure can come after some rows went in. */
  private static final int CLICKS_A_DAY = 1_200;

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok-secret", BOGOTA);
  private final FakeClickSource source = new FakeClickSource();
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));
  private final PeriodPair yesterday = Records.days(DAY, 1);

  static Stream<Arguments> faults() {
    List<Fault> faults = List.of(
        Fault.statement("the insert of the fetched clicks, after a first batch went in", "INSERT INTO click (", 2),
        Fault.statement("the day totals", "INSERT INTO click_day_total", 1),
        Fault.statement("the day's clicks by outcome", "INSERT INTO click_day_outcomes", 1),
        Fault.statement("the sync state", "UPDATE click_sync_day", 1),
        Fault.commit("the commit", 1),
        Fault.statement("the sync state", "UPDATE click_sync_day", 1).thenRollbackFails(),
        Fault.commit("the commit", 1).thenRollbackFails());
    return Stream.of(TestDatabases.H2, TestDatabases.PG).flatMap(db -> faults.stream().map(f -> Arguments.of(db, f)));
  }

  @ParameterizedTest(name = "{0}: {1} fails")
  @MethodSource("faults")
  void aFailedFetchAndReplaceLeavesTheDayAsItWasAndTheNextFetchWorks(String db, Fault fault) throws Exception {
    DataSource real = TestDatabases.shared(db).dataSource();
    FailingJdbc jdbc = new FailingJdbc(real, fault);
    ClickStore store = new ClickStore(jdbc.dataSource(), source, StoreSettings.DEFAULTS, clock);
    source.gate = new DbRequestGate(real, 1, clock);
    source.add(Records.days(DAY.minusDays(1), 2, CLICKS_A_DAY, 11));
    assertEquals(CLICKS_A_DAY, store.totals(connection, yesterday, Purpose.INTERACTIVE).current().clicks());
    Stored before = Stored.of(real, server, yesterday);

    source.add(List.of(Records.at(DAY.atTime(23, 50).atZone(BOGOTA), "late-chat")));
    clock.set(Records.at(DAY.plusDays(2), 8, 0));
    assertEquals(1, store.daysToFetch(connection, yesterday), "the day is 24 h old: it is fetched once more");
    for (int attempt = 1; attempt <= DayReplacer.FETCHES_AT_ONCE; attempt++) {
      jdbc.arm();
      StoreException e = assertThrows(StoreException.class,
          () -> store.totals(connection, yesterday, Purpose.INTERACTIVE));

      assertEquals(attempt, jdbc.failures(), "the database failed where asked");
      assertPlain(e, jdbc.thrown());
      assertEquals(before, Stored.of(real, server, yesterday), "after failed attempt " + attempt);
    }
    assertEquals(DayReplacer.FETCHES_AT_ONCE, store.callsToday(connection),
        "each failed attempt's wolkvox request stays counted: the call log is written in its own transaction");
    assertEquals(0, store.waitingFetches(server));

    // On another thread: a server lock, fetch slot or request-gate slot kept by a failed attempt, or a row lock of a
    // transaction left open, would make it wait, and the timeout fail the test.
    StoredTotals later = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> store.totals(connection, yesterday, Purpose.INTERACTIVE), "the store is wedged after the failures");

    assertEquals(1, later.requests());
    assertFalse(later.storeOnly());
    assertEquals(CLICKS_A_DAY + 1, later.current().clicks(), "the late chat is there");
    assertEquals(Records.expected(source.world, yesterday.current(), BOGOTA), later.current());
    assertEquals(clock.instant(), later.fetchedAt());
    Stored after = Stored.of(real, server, yesterday);
    assertEquals(before.clicks().size() + 1, after.clicks().size());
    assertEquals(later.current(), after.totals().get(1));
    assertNotEquals(before.sync(), after.sync());
  }

  /** A message for a person: what failed and for which server, without the driver's text, SQL or credentials. */
  private void assertPlain(StoreException e, SQLException driver) {
    String message = e.getMessage();
    assertTrue(message.startsWith("Cannot store the click"), message);
    assertTrue(message.contains(server), message);
    for (String leak : List.of("INSERT", "UPDATE", "COMMIT", "ROLLBACK", "click_", "backend", "90028",
        FailingJdbc.DRIVER_SQL_STATE, "hunter2", "tok-secret", "\n")) {
      assertFalse(message.contains(leak), () -> "leaks " + leak.strip() + ": " + message);
    }
    assertTrue(causes(e).contains(driver), "the driver's error is kept as the cause, for the log");
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> out = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.add(t);
    }
    return out;
  }

  /** Every stored row of one server (sorted), and the totals the store computes from them for a period pair. */
  private record Stored(List<String> clicks, List<String> dayTotals, List<String> dayOutcomes, List<String> dayChats,
      List<String> sync, List<Totals> totals) {
    static Stored of(DataSource ds, String server, PeriodPair periods) throws SQLException {
      try (Connection c = ds.getConnection()) {
        Totals[] t = TotalsQuery.totals(c, server, periods, BOGOTA);
        return new Stored(rows(c, "click", server), rows(c, "click_day_total", server),
            rows(c, "click_day_outcomes", server), rows(c, "click_day_chats", server), rows(c, "click_sync_day", server),
            List.of(t[0], t[1]));
      }
    }

    private static List<String> rows(Connection c, String table, String server) throws SQLException {
      List<String> out = new ArrayList<>();
      String where = table.equals("click")
          ? " WHERE server_key = (SELECT server_key FROM click_server WHERE server_id = ?)" : " WHERE server_id = ?";
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + where)) {
        ps.setString(1, server);
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = rs.getObject(i);
              row.append(meta.getColumnName(i).toLowerCase()).append('=')
                  .append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : v).append(';');
            }
            out.add(row.toString());
          }
        }
      }
      out.sort(null);
      return out;
    }
  }
}
