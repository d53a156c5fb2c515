package app.clicks.alerts;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The alert check on PostgreSQL (TEST_DATABASE_URL). */
class AlertCheckerPostgresTest extends AlertCheckerContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.postgres();
  }
}
