package app.clicks.alerts;

import app.clicks.testing.TestDatabases;

/** V18 on H2 (PostgreSQL mode). */
class AlertDestinationsMigrationH2Test extends AlertDestinationsMigrationContract {
  @Override
  String kind() {
    return TestDatabases.H2;
  }
}
