package app.clicks.testing;

import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.store.Database;
import app.clicks.store.DatabaseUrl;
import app.clicks.store.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The databases tests run on, of two kinds: {@link #H2} (in memory, with the app's H2 settings) and {@link #PG} (the
 * PostgreSQL of TEST_DATABASE_URL, which {@code bash .ci/test} starts). Either a fresh database of one's own,
 * migrated by the project's Flyway migrations (the caller closes it), or one shared pool per kind for the whole run
 * (tests keep apart by using their own wolkvox server ids). Migrated as the app migrates: {@link Migrations#configure},
 * the SQL migrations and the Java ones.
 */
public final class TestDatabases {
  public static final String H2 = "h2";
  public static final String PG = "pg";
  private static final Map<String, Database> SHARED = new ConcurrentHashMap<>();

  private TestDatabases() {}

  /** A new in-memory H2 database with every migration applied. */
  public static HikariDataSource h2() {
    return fresh(H2).migrate();
  }

  /** A new schema in the PostgreSQL of TEST_DATABASE_URL with every migration applied; fails without it. */
  public static HikariDataSource postgres() {
    return fresh(PG).migrate();
  }

  /** A new, empty database of {@code kind}; nothing migrated yet. */
  public static Fresh fresh(String kind) {
    HikariConfig c = new HikariConfig();
    String schema = null;
    if (H2.equals(kind)) {
      c.setJdbcUrl(DatabaseUrl.h2Memory("test-" + UUID.randomUUID()).jdbcUrl());
    } else {
      DatabaseUrl url = postgresUrl();
      schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      c.setJdbcUrl(url.jdbcUrl() + "&currentSchema=" + schema);
      c.setUsername(url.user());
      c.setPassword(url.password());
    }
    c.setMaximumPoolSize(10);
    c.setMinimumIdle(1);
    return new Fresh(new HikariDataSource(c), schema);
  }

  /** A new database and the schema its migrations go to (null: the default one). */
  public record Fresh(HikariDataSource dataSource, String schema) {

    /** Applies the migrations up to {@code version} ("4") only. */
    public HikariDataSource migrateTo(String version) {
      flyway().target(version).load().migrate();
      return dataSource;
    }

    /** Applies every migration not yet applied. */
    public HikariDataSource migrate() {
      flyway().load().migrate();
      return dataSource;
    }

    private FluentConfiguration flyway() {
      FluentConfiguration config = Migrations.configure(Flyway.configure().dataSource(dataSource));
      return schema == null ? config : config.schemas(schema).defaultSchema(schema);
    }
  }

  /**
   * Every migration version the app has, SQL and Java, in the order Flyway applies them ("1", …, "9", "9.1", "10", …):
   * what Flyway finds pending on an empty database, so that tests need not change when a migration is added.
   */
  public static List<String> migrationVersions() {
    try (HikariDataSource empty = fresh(H2).dataSource()) {
      return Arrays.stream(Migrations.configure(Flyway.configure().dataSource(empty)).load().info().pending())
          .map(m -> m.getVersion().toString())
          .toList();
    }
  }

  /** The versions of {@link #migrationVersions()} after {@code version}, in order. */
  public static List<String> migrationVersionsAfter(String version) {
    MigrationVersion after = MigrationVersion.fromVersion(version);
    return migrationVersions().stream().filter(v -> MigrationVersion.fromVersion(v).compareTo(after) > 0).toList();
  }

  /** The pool of {@code kind} shared by the whole run, opened (and migrated) as the app opens its database. */
  public static Database shared(String kind) {
    return SHARED.computeIfAbsent(kind, TestDatabases::another);
  }

  /** A second pool on the shared database, as another process would have; the caller closes it. */
  public static Database another(String kind) {
    return Database.open(url(kind));
  }

  /** The address of the shared database of {@code kind}. */
  public static DatabaseUrl url(String kind) {
    return H2.equals(kind) ? DatabaseUrl.h2Memory("clicks_store_test") : postgresUrl();
  }

  /** A fresh wolkvox server id, so that tests sharing a database do not see each other's rows. */
  public static String newServer() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  /** Runs one SQL statement (for tests that look at or tamper with stored rows). */
  public static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** TEST_DATABASE_URL, parsed as the app parses DATABASE_URL; the test fails, saying what to run, without it. */
  public static DatabaseUrl postgresUrl() {
    String url = System.getenv("TEST_DATABASE_URL");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      fail("TEST_DATABASE_URL is not set: run the tests with `bash .ci/test` (add -Dtest=… for some), which starts "
          + "a throwaway PostgreSQL.");
    }
    return DatabaseUrl.postgres(url);
  }
}
