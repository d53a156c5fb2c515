package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Main's wiring: a saved digest is scheduled when the module starts, and shuts down cleanly. */
class DigestModuleTest {
  @Test
  void startsWithTheSavedSchedulesAndShutsDown() {
    WorkspaceKey team = new WorkspaceKey("", "T1");
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = DigestModule.create(db, Fakes.SettingsFake.connected(team),
          Fakes.ClickReaderFake.answering(1, 1), new Fakes.PosterFake(), DigestSettings.DEFAULTS,
          Clock.systemUTC());
      DigestSchedule s = DigestSchedule.daily(team, "C1", LocalTime.of(8, 0), ZoneId.of("America/Bogota"));
      digest.schedules().save(s, java.time.Instant.now());

      digest.scheduler().start();
      assertTrue(digest.scheduler().isHealthy());
      assertEquals(QuartzDigestSchedulerContract.nextAt(s), digest.scheduler().nextRun(team).orElseThrow());
      digest.scheduler().shutdown(true);
      assertTrue(!digest.scheduler().isHealthy());
    }
  }
}
