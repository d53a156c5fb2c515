package app.clicks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the web process migrates at start: always on H2; on PostgreSQL unless a migration that rebuilds data from
 * the stored clicks is pending and there are clicks, when it refuses to start and says to run `migrate` first.
 */
class MigrationsTest {

  @Test
  void theWebProcessWaitsOnlyOnPostgresWithALongMigrationPendingAndClicksStored() {
    assertTrue(Migrations.mustWait(true, List.of("7", "8"), true));
    assertFalse(Migrations.mustWait(true, List.of("7", "8"), false), "nothing to rebuild: quick");
    assertFalse(Migrations.mustWait(true, List.of("8"), true), "V8 only adds tables");
    assertFalse(Migrations.mustWait(false, List.of("7", "8"), true), "H2 migrates at start always");
    assertFalse(Migrations.mustWait(true, List.of(), true));
  }

  @Test
  void onH2ALongMigrationPendingIsAppliedAtStart() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.H2);
    try (HikariDataSource ds = fresh.migrateTo("6")) {
      insertClick(ds);

      Migrations.Applied applied = Migrations.migrate(ds, false, Migrations.Rule.AT_START);

      assertEquals(List.of("7", "8"), applied.versions());
      assertEquals("8", applied.schemaVersion());
      assertEquals("Applied 2 migrations (V7, V8): the schema is now at version 8.", applied.describe());
    }
  }

  @Test
  void onPostgresTheWebProcessRefusesToStartWithALongMigrationPendingAndClicksStored() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.PG);
    try (HikariDataSource ds = fresh.migrateTo("6")) {
      insertClick(ds);

      StoreException e = assertThrows(StoreException.class,
          () -> Migrations.migrate(ds, true, Migrations.Rule.AT_START));

      assertTrue(e.getMessage().contains("V7") && e.getMessage().contains("run `migrate` first (Heroku: the release"
          + " phase does it"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
      assertFalse(tableExists(ds, "click_day_outcome"), "nothing was migrated");

      Migrations.Applied applied = Migrations.migrate(ds);
      assertEquals(List.of("7", "8"), applied.versions());
      assertEquals(List.of(), Migrations.migrate(ds, true, Migrations.Rule.AT_START).versions(),
          "after `migrate`, the web process starts");
    } finally {
      dropSchema(fresh);
    }
  }

  @Test
  void onPostgresWithoutClicksTheWebProcessMigratesAtStart() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.PG);
    try (HikariDataSource ds = fresh.migrateTo("6")) {
      assertEquals(List.of("7", "8"), Migrations.migrate(ds, true, Migrations.Rule.AT_START).versions());
    } finally {
      dropSchema(fresh);
    }
  }

  private static void insertClick(HikariDataSource ds) throws Exception {
    TestDatabases.execute(ds, "INSERT INTO click_record (server_id, local_day, ts, local_hour, source_id, source_url,"
        + " source_type, media_type, media_url, chat_id, chat_hash, rp_id, agent_id, cod_act, raw_date) VALUES"
        + " ('0042', DATE '2026-11-23', 1795438800000, 8, 'AD1', 'https://fb.me/ad/AD1', 'ad', 'image', '', 'c1', 1,"
        + " 'RP_WA', '201', 'VENTA', '2026-11-23 08:00:00')");
  }

  private static boolean tableExists(HikariDataSource ds, String table) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '"
          + table + "' AND table_schema = current_schema()")) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  private static void dropSchema(TestDatabases.Fresh fresh) throws Exception {
    if (fresh.schema() == null) {
      return;
    }
    DatabaseUrl url = TestDatabases.postgresUrl();
    try (Connection c = java.sql.DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + fresh.schema() + " CASCADE");
    }
  }
}
