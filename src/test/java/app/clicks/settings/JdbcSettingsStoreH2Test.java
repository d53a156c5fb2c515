package app.clicks.settings;

import javax.sql.DataSource;

/** The settings store on the embedded H2 database (PostgreSQL mode), migrated by Flyway. */
class JdbcSettingsStoreH2Test extends SettingsStoreContract {
  @Override
  DataSource database() {
    return SettingsDatabases.h2();
  }
}
