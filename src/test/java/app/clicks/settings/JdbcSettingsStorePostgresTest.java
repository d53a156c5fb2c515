package app.clicks.settings;

import javax.sql.DataSource;

/** The settings store on PostgreSQL (TEST_DATABASE_URL), in a fresh schema migrated by Flyway. */
class JdbcSettingsStorePostgresTest extends SettingsStoreContract {
  @Override
  DataSource database() {
    return SettingsDatabases.postgres();
  }
}
