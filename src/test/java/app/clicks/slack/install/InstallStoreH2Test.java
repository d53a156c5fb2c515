package app.clicks.slack.install;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The installation store and install states on H2. */
class InstallStoreH2Test extends InstallStoreContract {
  @Override
  HikariDataSource newDatabase() {
    return TestDatabases.h2();
  }
}
