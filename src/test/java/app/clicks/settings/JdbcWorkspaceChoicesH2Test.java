package app.clicks.settings;

import javax.sql.DataSource;

/** The workspace choices on the embedded H2 database (PostgreSQL mode), migrated by Flyway. */
class JdbcWorkspaceChoicesH2Test extends WorkspaceChoicesContract {
  @Override
  DataSource database() {
    return SettingsDatabases.h2();
  }
}
