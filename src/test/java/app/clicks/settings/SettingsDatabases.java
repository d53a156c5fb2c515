package app.clicks.settings;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Databases migrated with the project's Flyway migrations: a fresh H2 (PostgreSQL mode), or PostgreSQL. */
public final class SettingsDatabases {
  private SettingsDatabases() {}

  /** A new in-memory H2 database in PostgreSQL mode, migrated. */
  public static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:settings-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    migrate(ds, null);
    return ds;
  }

  /**
   * A fresh schema in the PostgreSQL of TEST_DATABASE_URL (postgres://user:pass@host:port/db), migrated; fails
   * with a clear message when the variable is not set (run the tests with bash .ci/test).
   */
  public static DataSource postgres() {
    String url = System.getenv("TEST_DATABASE_URL");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      throw new AssertionError(
          "TEST_DATABASE_URL is not set: run the PostgreSQL tests with bash .ci/test -Dtest=... "
              + "(it starts a throwaway PostgreSQL)");
    }
    URI u = URI.create(url);
    String[] userInfo = u.getUserInfo() == null ? new String[] {"", ""} : u.getUserInfo().split(":", 2);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {u.getHost()});
    ds.setPortNumbers(new int[] {u.getPort() < 0 ? 5432 : u.getPort()});
    ds.setDatabaseName(u.getPath().substring(1));
    ds.setUser(userInfo[0]);
    ds.setPassword(userInfo.length > 1 ? userInfo[1] : "");
    String schema = "settings_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ds.setCurrentSchema(schema);
    migrate(ds, schema);
    return ds;
  }

  private static void migrate(DataSource ds, String schema) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    config.load().migrate();
  }

  /** Runs one SQL statement (for tests that look at or tamper with stored rows). */
  public static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
