package app.clicks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connection pool to H2 or PostgreSQL, with the schema migrated by Flyway (classpath:db/migration). */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final HikariDataSource dataSource;
  private final boolean postgres;
  /** An embedded H2 file: compacted when closed (see {@link #close}). */
  private final boolean h2File;

  private Database(HikariDataSource dataSource, boolean postgres, boolean h2File) {
    this.dataSource = dataSource;
    this.postgres = postgres;
    this.h2File = h2File;
  }

  /** Opens a pool on {@code url} and brings the schema up to date. */
  public static Database open(DatabaseUrl url) {
    return open(url, Migrations.Rule.ALWAYS);
  }

  /**
   * Opens a pool on {@code url} and migrates the schema as {@code rule} allows.
   *
   * @throws StoreException when the database cannot be reached or migrated, or a long migration must be run by the
   *     `migrate` command first
   */
  public static Database open(DatabaseUrl url, Migrations.Rule rule) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    if (url.user() != null) {
      config.setUsername(url.user());
    }
    if (url.password() != null) {
      config.setPassword(url.password());
    }
    // Up to 9 threads may read at once (4 answers, 3 Quartz, 2 App Home); a fetch holds a connection and briefly a
    // second one for the request gate, and at most 3 fetch at once (DayReplacer.FETCHES_AT_ONCE). PostgreSQL stays
    // at 8 to leave room for a second dyno on small plans.
    config.setMaximumPoolSize(url.postgres() ? 8 : 12);
    config.setPoolName("clicks-" + (url.postgres() ? "pg" : "h2"));
    config.setConnectionTimeout(15_000);
    String where = url.postgres() ? "the PostgreSQL database of DATABASE_URL" : "the H2 database under DATA_DIR";
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("Cannot connect to " + where + " (" + url.safeDescription() + "): " + rootMessage(e), e);
    }
    try {
      Migrations.Applied applied = Migrations.migrate(ds, url.postgres(), rule);
      if (!applied.versions().isEmpty()) {
        LOG.info("{}", applied.describe());
      }
    } catch (StoreException e) {
      ds.close();
      throw e;
    } catch (RuntimeException e) {
      ds.close();
      throw new StoreException("Cannot migrate " + where + " (" + url.safeDescription() + "): " + rootMessage(e), e);
    }
    LOG.info("database ready: {}", url.safeDescription());
    return new Database(ds, url.postgres(), url.jdbcUrl().startsWith("jdbc:h2:file:"));
  }

  /** The app's migrations: the SQL ones of classpath:db/migration and the Java ones of this package. */
  static FluentConfiguration migrations(FluentConfiguration flyway) {
    return Migrations.configure(flyway);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean isPostgres() {
    return postgres;
  }

  /** True when a connection can be had and answers within 2 s (for /health). */
  public boolean ping() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      LOG.warn("database ping failed: {}", e.getMessage());
      return false;
    }
  }

  /**
   * Closes the pool. An embedded H2 file is compacted first (SHUTDOWN COMPACT: about 3 s for a million clicks), since
   * H2 leaves the space of rewritten pages in the file: 184 bytes a click at 1.3 million clicks after a plain close,
   * 42 compacted (bench/README.md). Only when every session of the database is this pool's: another process
   * connected through AUTO_SERVER keeps using it, and the file is compacted at another close.
   */
  @Override
  public void close() {
    if (h2File) {
      compact();
    }
    dataSource.close();
  }

  private void compact() {
    long t = System.nanoTime();
    boolean shut = false;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      int ours = dataSource.getHikariPoolMXBean().getTotalConnections();
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
        if (!rs.next() || rs.getInt(1) > ours) {
          LOG.info("H2 not compacted at close: another process is connected");
          return;
        }
      }
      s.execute("SHUTDOWN COMPACT");
      shut = true;
    } catch (SQLException | RuntimeException e) {
      if (!shut) {
        LOG.warn("H2 not compacted at close: {}", e.getMessage());
        return;
      }
      // Closing a connection of a database that was just shut down fails: expected.
    }
    LOG.info("H2 compacted at close in {} ms", (System.nanoTime() - t) / 1_000_000);
  }

}
