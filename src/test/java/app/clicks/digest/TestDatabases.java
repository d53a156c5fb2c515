package app.clicks.digest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Fresh, migrated databases for the digest tests: an in-memory H2 in PostgreSQL mode, or a new PostgreSQL schema. */
final class TestDatabases {
  static final String H2 = "h2";
  static final String PG = "pg";

  private TestDatabases() {}

  /** A new in-memory H2 database (PostgreSQL mode) with every migration applied. */
  static HikariDataSource h2() {
    return fresh(H2).migrate();
  }

  /** A new schema in the PostgreSQL of TEST_DATABASE_URL with every migration applied; fails without it. */
  static HikariDataSource postgres() {
    return fresh(PG).migrate();
  }

  /** A new, empty database of {@code kind} ({@link #H2} or {@link #PG}); nothing migrated yet. */
  static Fresh fresh(String kind) {
    return H2.equals(kind) ? freshH2() : freshPostgres();
  }

  /** A new database and the schema its migrations go to (null: the default one). */
  record Fresh(HikariDataSource dataSource, String schema) {

    /** Applies the migrations up to {@code version} ("4") only. */
    HikariDataSource migrateTo(String version) {
      flyway().target(version).load().migrate();
      return dataSource;
    }

    /** Applies every migration not yet applied. */
    HikariDataSource migrate() {
      flyway().load().migrate();
      return dataSource;
    }

    private FluentConfiguration flyway() {
      FluentConfiguration config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
      return schema == null ? config : config.schemas(schema);
    }
  }

  private static Fresh freshH2() {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:h2:mem:digest-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    c.setMaximumPoolSize(8);
    return new Fresh(new HikariDataSource(c), null);
  }

  private static Fresh freshPostgres() {
    String url = System.getenv("TEST_DATABASE_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "TEST_DATABASE_URL is not set: run the tests with `bash .ci/test`, which starts a throwaway PostgreSQL.");
    }
    URI uri = URI.create(url);
    String[] user = uri.getUserInfo() == null ? new String[] {"", ""} : uri.getUserInfo().split(":", 2);
    String schema = "digest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
        + uri.getPath() + "?currentSchema=" + schema);
    c.setUsername(user[0]);
    c.setPassword(user.length > 1 ? user[1] : "");
    c.setMaximumPoolSize(8);
    return new Fresh(new HikariDataSource(c), schema);
  }
}
