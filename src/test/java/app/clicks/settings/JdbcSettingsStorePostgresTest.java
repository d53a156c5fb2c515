package app.clicks.settings;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The settings store on PostgreSQL (TEST_DATABASE_URL), in a fresh schema migrated by Flyway. */
class JdbcSettingsStorePostgresTest extends SettingsStoreContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.postgres();
  }
}
