package app.clicks.slack.install;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The installation store and install states on PostgreSQL (TEST_DATABASE_URL; `bash .ci/test` starts one). */
class InstallStorePostgresTest extends InstallStoreContract {
  @Override
  HikariDataSource newDatabase() {
    return TestDatabases.postgres();
  }
}
