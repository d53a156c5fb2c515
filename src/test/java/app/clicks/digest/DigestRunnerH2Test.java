package app.clicks.digest;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The digest run's rules on embedded H2. */
class DigestRunnerH2Test extends DigestRunnerContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.h2();
  }
}
