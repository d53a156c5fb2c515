package app.clicks.alerts;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The "done when" on H2, one instance. */
class AlertDoneWhenH2Test extends AlertDoneWhenContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.h2();
  }

  @Override
  int instances() {
    return 1;
  }
}
