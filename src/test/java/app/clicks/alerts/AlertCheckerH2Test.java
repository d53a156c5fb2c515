package app.clicks.alerts;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The alert check on H2 (PostgreSQL mode). */
class AlertCheckerH2Test extends AlertCheckerContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.h2();
  }
}
