package app.clicks.digest;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The digest run's rules on PostgreSQL (TEST_DATABASE_URL). */
class DigestRunnerPostgresTest extends DigestRunnerContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.postgres();
  }
}
