package app.clicks.alerts;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The "done when" on PostgreSQL with two instances clustered on one database: one alert. */
class AlertDoneWhenPostgresTest extends AlertDoneWhenContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.postgres();
  }

  @Override
  int instances() {
    return 2;
  }
}
