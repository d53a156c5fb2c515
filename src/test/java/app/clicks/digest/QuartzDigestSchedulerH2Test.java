package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** The Quartz digest scheduler on embedded H2: a single, unclustered instance. */
class QuartzDigestSchedulerH2Test extends QuartzDigestSchedulerContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.h2();
  }

  @Test
  void runsUnclusteredOnH2() {
    assertFalse(newScheduler().clustered());
  }
}
