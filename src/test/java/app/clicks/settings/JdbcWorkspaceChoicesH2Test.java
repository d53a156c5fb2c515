package app.clicks.settings;

import app.clicks.testing.TestDatabases;
import javax.sql.DataSource;

/** The workspace choices on the embedded H2 database (PostgreSQL mode), migrated by Flyway. */
class JdbcWorkspaceChoicesH2Test extends WorkspaceChoicesContract {
  @Override
  DataSource database() {
    return TestDatabases.h2();
  }
}
