package app.clicks.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** A schema of its own for each run of a migration test: Flyway on it to a version, connections into it, its tables. */
final class MigrationSchemas {
  private MigrationSchemas() {}

  /** Migrates {@code schema} to {@code target} (a version such as "8"), or to the latest when it is null. */
  static void migrate(DatabaseUrl url, String schema, String target) {
    var flyway = Database.migrations(
        Flyway.configure().dataSource(url.jdbcUrl(), url.user(), url.password()).schemas(schema));
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
  }

  /** A connection into {@code schema}; the database's default schema when it is null. */
  static Connection connect(DatabaseUrl url, String schema) throws SQLException {
    Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    if (schema != null) {
      c.setSchema(schema);
    }
    return c;
  }

  static boolean tableExists(Connection c, String schema, String table) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
      return rs.next();
    }
  }

  /** Drops {@code schema} and all it holds. */
  static void drop(DatabaseUrl url, String schema) throws SQLException {
    try (Connection c = connect(url, null); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
