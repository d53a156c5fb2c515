package app.clicks.digest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** Fresh, migrated databases for the digest tests: an in-memory H2 in PostgreSQL mode, or a new PostgreSQL schema. */
final class TestDatabases {
  private TestDatabases() {}

  /** A new in-memory H2 database (PostgreSQL mode) with every migration applied. */
  static HikariDataSource h2() {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:h2:mem:digest-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    c.setMaximumPoolSize(8);
    return migrated(new HikariDataSource(c), null);
  }

  /** A new schema in the PostgreSQL of TEST_DATABASE_URL with every migration applied; fails without it. */
  static HikariDataSource postgres() {
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
    return migrated(new HikariDataSource(c), schema);
  }

  private static HikariDataSource migrated(HikariDataSource ds, String schema) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
    if (schema != null) {
      config = config.schemas(schema);
    }
    config.load().migrate();
    return ds;
  }
}
