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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When the web process migrates at start: always on H2; on PostgreSQL unless a migration that rebuilds data from
 * the stored clicks is pending and there are clicks, when it refuses to start and says to run `migrate` first.
 */
class MigrationsTest {

  @Test
  void theWebProcessWaitsOnlyOnPostgresWithALongMigrationPendingAndClicksStored() {
    assertEquals(Set.of("7", "9", "9.1", "15.1"), Migrations.LONG,
        "V7, V9, V9.1 and V15.1 rebuild data from the stored clicks");
    assertTrue(Migrations.mustWait(true, List.of("15", "15.1"), true), "V15.1 packs the stored clicks for slices");
    assertFalse(Migrations.mustWait(true, List.of("15"), true), "V15 only adds a table");
    assertTrue(Migrations.mustWait(true, List.of("7", "8"), true));
    assertTrue(Migrations.mustWait(true, List.of("9", "9.1", "10"), true));
    assertTrue(Migrations.mustWait(true, List.of("9.1", "10", "11"), true), "V9 applied, V9.1 still to pack");
    assertFalse(Migrations.mustWait(true, List.of("7", "8"), false), "nothing to rebuild: quick");
    assertFalse(Migrations.mustWait(true, List.of("8"), true), "V8 only adds tables");
    assertFalse(Migrations.mustWait(true, List.of("10", "11"), true), "V10 and V11 only add tables");
    assertFalse(Migrations.mustWait(false, List.of("7", "8"), true), "H2 migrates at start always");
    assertFalse(Migrations.mustWait(true, List.of(), true));
  }

  @Test
  void onH2ALongMigrationPendingIsAppliedAtStart() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.H2);
    try (HikariDataSource ds = fresh.migrateTo("6")) {
      insertClick(ds);
      List<String> pending = TestDatabases.migrationVersionsAfter("6");
      String last = pending.get(pending.size() - 1);
      assertTrue(pending.containsAll(Migrations.LONG), pending.toString());

      Migrations.Applied applied = Migrations.migrate(ds, false, Migrations.Rule.AT_START);

      assertEquals(pending, applied.versions());
      assertEquals(last, applied.schemaVersion());
      assertEquals("Applied " + pending.size() + " migrations (V" + String.join(", V", pending)
          + "): the schema is now at version " + last + ".", applied.describe());
      assertEquals(1, count(ds, "click"), "the stored click is kept");
    }
  }

  @Test
  void onPostgresTheWebProcessRefusesToStartWithALongMigrationPendingAndClicksStored() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.PG);
    try (HikariDataSource ds = fresh.migrateTo("6")) {
      insertClick(ds);

      StoreException e = assertThrows(StoreException.class,
          () -> Migrations.migrate(ds, true, Migrations.Rule.AT_START));

      assertTrue(e.getMessage().contains("(V7, V9, V9.1, V15.1 ")
          && e.getMessage().contains("run `migrate` first (Heroku: the release phase does it"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
      assertFalse(tableExists(ds, "click_day_outcome"), "nothing was migrated");

      Migrations.Applied applied = Migrations.migrate(ds);
      assertEquals(TestDatabases.migrationVersionsAfter("6"), applied.versions());
      assertEquals(List.of(), Migrations.migrate(ds, true, Migrations.Rule.AT_START).versions(),
          "after `migrate`, the web process starts");
      assertEquals(1, count(ds, "click"), "the stored click is kept");
    } finally {
      dropSchema(fresh);
    }
  }

  @Test
  void onPostgresClicksInTheCompactStoreStillHoldTheWebProcessWhileV91IsPending() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.PG);
    try (HikariDataSource ds = fresh.migrateTo("8")) {
      insertClick(ds);
      fresh.migrateTo("9");
      assertFalse(tableExists(ds, "click_record"), "V9 moved the click to the compact store");

      StoreException e = assertThrows(StoreException.class,
          () -> Migrations.migrate(ds, true, Migrations.Rule.AT_START));

      assertTrue(e.getMessage().contains("(V9.1, V15.1 ") && e.getMessage().contains("run `migrate` first"),
          e.getMessage());
      assertTrue(tableExists(ds, "click_day_outcome"), "nothing was migrated: V9.1 drops it");
      assertEquals(TestDatabases.migrationVersionsAfter("9"), Migrations.migrate(ds).versions());
    } finally {
      dropSchema(fresh);
    }
  }

  @Test
  void onPostgresWithoutClicksTheWebProcessMigratesAtStart() throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(TestDatabases.PG);
    try (HikariDataSource ds = fresh.migrateTo("6")) {
      assertEquals(TestDatabases.migrationVersionsAfter("6"),
          Migrations.migrate(ds, true, Migrations.Rule.AT_START).versions());
    } finally {
      dropSchema(fresh);
    }
  }

  private static long count(HikariDataSource ds, String table) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
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
