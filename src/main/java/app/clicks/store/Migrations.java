package app.clicks.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema's migrations (Flyway, classpath:db/migration), and when the web process may apply them itself. A web
 * dyno must bind its port within 60 s of starting, and a migration that rebuilds data from the stored clicks can
 * take minutes on a big store: on PostgreSQL such a migration is left to the `migrate` command (Heroku's release
 * phase), and the web process refuses to start while one is pending. Everything else, and everything on H2 (one
 * local process), is migrated at start.
 */
public final class Migrations {
  /**
   * Versions that rebuild data from the stored clicks, so their time grows with the store: V7 (clicks by ad and
   * agent × outcome), V9 (the compact click store), V9.1 (outcomes packed a day at a time), V15.1 (clicks for slices
   * packed a day at a time). Add every later migration of that kind here.
   */
  static final Set<String> LONG = Set.of("7", "9", "9.1", "15.1");

  /** What the web process does with pending migrations. */
  public enum Rule {
    /** Apply whatever is pending (the `migrate` and `report` commands, tests). */
    ALWAYS,
    /** Apply what is pending unless {@link #mustWait} says a long one is (the web process). */
    AT_START
  }

  /** What a migration run did: the versions it applied, in order, and the schema's version after it. */
  public record Applied(List<String> versions, String schemaVersion) {
    public Applied {
      versions = List.copyOf(versions);
    }

    /** One line for a person: what was applied, or that nothing was. */
    public String describe() {
      String now = schemaVersion == null ? "empty" : "at version " + schemaVersion;
      if (versions.isEmpty()) {
        return "Nothing to migrate: the schema is " + now + ".";
      }
      return "Applied " + versions.size() + (versions.size() == 1 ? " migration" : " migrations") + " (V"
          + String.join(", V", versions) + "): the schema is now " + now + ".";
    }
  }

  private Migrations() {}

  /**
   * Applies every pending migration to the database at {@code url} (the `migrate` command).
   *
   * @throws StoreException with one line saying what failed (never a password)
   */
  public static Applied migrate(DatabaseUrl url) {
    String where = url.postgres() ? "the PostgreSQL database of DATABASE_URL" : "the H2 database under DATA_DIR";
    try {
      Flyway flyway = configure(Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password())).load();
      return migrate(flyway);
    } catch (RuntimeException e) {
      throw new StoreException("Cannot migrate " + where + " (" + url.safeDescription() + "): "
          + oneLine(rootMessage(e)), e);
    }
  }

  /** Applies every pending migration to {@code dataSource}. */
  public static Applied migrate(DataSource dataSource) {
    return migrate(flyway(dataSource));
  }

  private static Applied migrate(Flyway flyway) {
    MigrateResult r = flyway.migrate();
    List<String> versions = r.migrations.stream().map(m -> m.version).toList();
    MigrationInfo current = flyway.info().current();
    return new Applied(versions, current == null || current.getVersion() == null ? null
        : current.getVersion().toString());
  }

  /**
   * Applies what is pending as {@code rule} allows.
   *
   * @throws StoreException when the web process must wait for the `migrate` command (the message says so)
   */
  static Applied migrate(DataSource dataSource, boolean postgres, Rule rule) {
    if (rule == Rule.AT_START && postgres) {
      List<String> pending = Arrays.stream(flyway(dataSource).info().pending())
          .map(MigrationInfo::getVersion)
          .filter(v -> v != null)
          .map(Object::toString)
          .toList();
      if (mustWait(true, pending, !pending.isEmpty() && hasClicks(dataSource))) {
        List<String> longOnes = pending.stream().filter(LONG::contains).toList();
        throw new StoreException("The database has a long migration pending (V" + String.join(", V", longOnes)
            + " rebuilds data from the stored clicks): run `migrate` first (Heroku: the release phase does it,"
            + " `release: java $JAVA_OPTS -jar target/wolkvox-clicks.jar migrate` in the Procfile).", null);
      }
    }
    return migrate(dataSource);
  }

  /**
   * The web process's rule: it waits for the `migrate` command only on PostgreSQL, when a pending migration is one
   * that rebuilds data ({@link #LONG}) and there are clicks to rebuild it from.
   *
   * @param pending the versions pending, e.g. "7"
   */
  static boolean mustWait(boolean postgres, List<String> pending, boolean hasClicks) {
    return postgres && hasClicks && pending.stream().anyMatch(LONG::contains);
  }

  /** True when the store holds a click, in the layout before V9 (click_record) or after it (click). */
  private static boolean hasClicks(DataSource dataSource) {
    return hasRow(dataSource, "click_record") || hasRow(dataSource, "click");
  }

  private static boolean hasRow(DataSource dataSource, String table) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
      return rs.next();
    } catch (SQLException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The first line of {@code s}, trimmed (Flyway's messages run over several). */
  private static String oneLine(String s) {
    String first = s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    return first.isEmpty() ? "unknown failure" : first;
  }

  private static Flyway flyway(DataSource dataSource) {
    return configure(Flyway.configure().dataSource(dataSource)).load();
  }

  /**
   * Where the migrations are: the SQL files of classpath:db/migration and the Java ones (V9.1 packs outcomes, V15.1
   * packs the clicks for slices). The one place that says so: the app, the `migrate` command and the tests'
   * databases all configure Flyway through it.
   */
  public static FluentConfiguration configure(FluentConfiguration flyway) {
    return flyway.locations("classpath:db/migration")
        .javaMigrations(new PackOutcomesMigration(), new SliceBackfillMigration());
  }
}
