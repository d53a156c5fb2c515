package app.clicks.store;

import static app.clicks.store.MigrationSchemas.connect;
import static app.clicks.store.MigrationSchemas.drop;
import static app.clicks.store.MigrationSchemas.migrate;
import static app.clicks.store.MigrationSchemas.tableExists;
import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
import app.clicks.report.Totals;
import app.clicks.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V15 and V15.1 on a store written before them: the clicks already stored are packed for slices, a day of a server
 * at a time, with no wolkvox call, so that a sliced summary of days stored before the upgrade equals a count by hand
 * of the slice's records. Each run migrates a schema of its own.
 */
class SliceMigrationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void v15PacksTheStoredClicksSoThatSlicesOfOldDaysAreCountedFromAggregates(String db) throws Exception {
    DatabaseUrl url = TestDatabases.url(db);
    String schema = "mig_" + TestDatabases.newServer();
    String server = TestDatabases.newServer();
    String other = TestDatabases.newServer();
    List<ClickRecord> records = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(6), 7, 200, 71));
    List<ClickRecord> others = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(2), 2, 60, 72));
    try {
      migrate(url, schema, "8");
      try (Connection c = connect(url, schema)) {
        V8Store.store(c, server, BOGOTA, DAY.minusDays(6), DAY, records, true);
        V8Store.store(c, other, BOGOTA, DAY.minusDays(2), DAY.minusDays(1), others, true);
      }
      migrate(url, schema, "14");
      try (Connection c = connect(url, schema)) {
        assertFalse(tableExists(c, schema, "click_day_slices"), "before V15, no aggregates for slices");
      }

      migrate(url, schema, null);

      try (Connection c = connect(url, schema)) {
        assertEquals(7 + 2, count(c, "SELECT COUNT(*) FROM (SELECT DISTINCT server_id, local_day FROM click_day_slices) d"),
            "one packed value for each stored day of each server");
        PeriodPair pair = Records.days(DAY.minusDays(3), 3);
        assertSlice(c, server, records, Slice.routingPoint("RP_SALES"), r -> r.rpId().equals("RP_SALES"), pair);
        assertSlice(c, server, records, Slice.ad("post-77"), r -> r.sourceId().equals("post-77"), pair);
        assertSlice(c, other, others, Slice.routingPoint("RP_SUPPORT"), r -> r.rpId().equals("RP_SUPPORT"),
            Records.days(DAY.minusDays(1), 1));
        Totals[] t = TotalsQuery.totals(c, server, pair, BOGOTA, Slice.routingPoint("RP_SALES"));
        assertTrue(t[1].clicks() > 0 && t[1].chats() > 0, "counted, not empty");
      }
    } finally {
      drop(url, schema);
    }
  }

  private static void assertSlice(Connection c, String server, List<ClickRecord> records, Slice slice,
      Predicate<ClickRecord> in, PeriodPair pair) throws SQLException {
    Totals[] t = TotalsQuery.totals(c, server, pair, BOGOTA, slice);
    List<ClickRecord> mine = records.stream().filter(in).toList();
    assertEquals(Records.expected(mine, pair.current(), BOGOTA), t[1], slice + " " + pair.current().label());
    assertEquals(Records.expected(mine, pair.previous(), BOGOTA), t[0], slice + " " + pair.previous().label());
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
