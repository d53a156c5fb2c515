package app.clicks.slack.digest;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

/** The digest delivered through the App Home on the embedded H2 (one instance, Quartz not clustered). */
class DigestDeliveryH2Test extends DigestDeliveryContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.h2();
  }
}
