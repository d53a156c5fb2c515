package app.clicks.settings;

import javax.sql.DataSource;

/** The workspace choices on PostgreSQL (TEST_DATABASE_URL), in a fresh schema migrated by Flyway. */
class JdbcWorkspaceChoicesPostgresTest extends WorkspaceChoicesContract {
  @Override
  DataSource database() {
    return SettingsDatabases.postgres();
  }
}
