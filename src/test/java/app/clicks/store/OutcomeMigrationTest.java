package app.clicks.store;

import static app.clicks.store.MigrationSchemas.connect;
import static app.clicks.store.MigrationSchemas.drop;
import static app.clicks.store.MigrationSchemas.migrate;
import static app.clicks.store.MigrationSchemas.tableExists;
import app.clicks.testing.TestDatabases;
import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V7 on a store that has clicks and no clicks by outcome yet: it rebuilds them from the stored clicks, as a count by
 * hand of the same records gives, with no wolkvox call. Each run migrates a schema of its own.
 */
class OutcomeMigrationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void v7RebuildsClicksByAdAndAgentAndOutcomeFromTheStoredClicks(String db) throws Exception {
    DatabaseUrl url = TestDatabases.url(db);
    String schema = "mig_" + TestDatabases.newServer();
    String server = TestDatabases.newServer();
    String other = TestDatabases.newServer();
    List<ClickRecord> records = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(2), 3, 300, 51));
    List<ClickRecord> others = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(1), 1, 50, 52));
    try {
      migrate(url, schema, "6");
      try (Connection c = connect(url, schema)) {
        assertFalse(tableExists(c, schema, "click_day_outcome"), "before V7, no clicks by outcome");
        store(c, server, DAY.minusDays(2), DAY, records);
        store(c, other, DAY.minusDays(1), DAY.minusDays(1), others);
      }

      migrate(url, schema, null);

      try (Connection c = connect(url, schema)) {
        assertTrue(tableExists(c, schema, "click_day_outcomes"), "packed by V9.1");
        assertEquals(OutcomeAggregatesTest.byHand(records), OutcomeAggregatesTest.rows(c, server));
        assertEquals(OutcomeAggregatesTest.byHand(others), OutcomeAggregatesTest.rows(c, other), "each server's own");
        PeriodPair pair = Records.days(DAY, 1);
        Totals[] t = TotalsQuery.totals(c, server, pair, BOGOTA);
        Totals current = Records.expected(records, pair.current(), BOGOTA);
        Totals previous = Records.expected(records, pair.previous(), BOGOTA);
        assertEquals(current.adOutcomes(), t[1].adOutcomes());
        assertEquals(current.agentOutcomes(), t[1].agentOutcomes());
        assertEquals(previous.adOutcomes(), t[0].adOutcomes());
        assertEquals(previous.agentOutcomes(), t[0].agentOutcomes());
      }
    } finally {
      drop(url, schema);
    }
  }

  /** Stores the records of [first, last] of a server as a fetch before V7 did: click_record rows, one transaction. */
  private static void store(Connection c, String server, LocalDate first, LocalDate last, List<ClickRecord> records)
      throws SQLException {
    V8Store.store(c, server, BOGOTA, first, last, records, false);
  }
}
