package app.clicks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.clicks.digest.Destinations;
import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V18: alert rules keep where they go. A workspace whose Teams settings had alerts_on becomes BOTH, every other SLACK;
 * then teams_settings loses alerts_on and digest_on. Run on H2 and on PostgreSQL.
 */
abstract class AlertDestinationsMigrationContract {

  abstract String kind();

  @Test
  void alertsOnBecomesBothOthersSlackAndTheOldSwitchesAreGone() throws SQLException {
    TestDatabases.Fresh fresh = TestDatabases.fresh(kind());
    try (HikariDataSource db = fresh.migrateTo(before("18"))) {
      for (String team : new String[] {"TBOTH", "TSLACK", "TNOTEAMS"}) {
        TestDatabases.execute(db, "INSERT INTO alert_settings (team_id, channel_id, hours_from, hours_to, days, zone,"
            + " silence_on, silence_hours, drop_on, drop_percent, drop_min_clicks, ad_on, ad_min_daily, ad_hours,"
            + " changed_by, changed_at) VALUES ('" + team + "', 'C1', '08:00', '20:00', 'MON', 'America/Bogota',"
            + " TRUE, 2, FALSE, 50, 20, FALSE, 10, 3, 'U1', CURRENT_TIMESTAMP)");
      }
      TestDatabases.execute(db, "INSERT INTO teams_settings (team_id, webhook_enc, language, digest_on, alerts_on,"
          + " changed_by, changed_at) VALUES ('TBOTH', 'sealed', 'en', TRUE, TRUE, 'U1', CURRENT_TIMESTAMP)");
      TestDatabases.execute(db, "INSERT INTO teams_settings (team_id, webhook_enc, language, digest_on, alerts_on,"
          + " changed_by, changed_at) VALUES ('TSLACK', 'sealed', 'en', TRUE, FALSE, 'U1', CURRENT_TIMESTAMP)");

      fresh.migrate();

      AlertSettingsStore rules = new AlertSettingsStore(db);
      assertEquals(Destinations.BOTH, rules.find(new WorkspaceKey("", "TBOTH")).orElseThrow().destinations());
      assertEquals(Destinations.SLACK, rules.find(new WorkspaceKey("", "TSLACK")).orElseThrow().destinations());
      assertEquals(Destinations.SLACK, rules.find(new WorkspaceKey("", "TNOTEAMS")).orElseThrow().destinations());
      assertFalse(hasColumn(db, "teams_settings", "alerts_on"), "alerts_on dropped");
      assertFalse(hasColumn(db, "teams_settings", "digest_on"), "digest_on dropped");
    }
  }

  /** The app's last migration before {@code version} (whatever other versions come and go). */
  static String before(String version) {
    MigrationVersion v = MigrationVersion.fromVersion(version);
    return TestDatabases.migrationVersions().stream()
        .filter(m -> MigrationVersion.fromVersion(m).compareTo(v) < 0)
        .reduce((a, b) -> b).orElseThrow();
  }

  private static boolean hasColumn(HikariDataSource db, String table, String column) throws SQLException {
    try (Connection c = db.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String t : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
        for (String col : new String[] {column, column.toUpperCase(Locale.ROOT)}) {
          try (ResultSet rs = meta.getColumns(null, c.getSchema(), t, col)) {
            if (rs.next()) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
