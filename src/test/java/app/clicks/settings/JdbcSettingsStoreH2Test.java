package app.clicks.settings;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The settings store on the embedded H2 database (PostgreSQL mode), migrated by Flyway. */
class JdbcSettingsStoreH2Test extends SettingsStoreContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.h2();
  }
}
