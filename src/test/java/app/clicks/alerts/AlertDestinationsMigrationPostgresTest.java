package app.clicks.alerts;

import app.clicks.testing.TestDatabases;

/** V18 on PostgreSQL (TEST_DATABASE_URL). */
class AlertDestinationsMigrationPostgresTest extends AlertDestinationsMigrationContract {
  @Override
  String kind() {
    return TestDatabases.PG;
  }
}
