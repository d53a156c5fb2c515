package app.clicks.settings;

import app.clicks.testing.TestDatabases;
import javax.sql.DataSource;

/** The workspace choices on PostgreSQL (TEST_DATABASE_URL), in a fresh schema migrated by Flyway. */
class JdbcWorkspaceChoicesPostgresTest extends WorkspaceChoicesContract {
  @Override
  DataSource database() {
    return TestDatabases.postgres();
  }
}
