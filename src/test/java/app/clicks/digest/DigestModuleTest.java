package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Main's wiring: saved digests are scheduled at start and at once when saved; the App Home's status. */
class DigestModuleTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T1");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  static DigestModule module(HikariDataSource db) {
    return DigestModule.create(db, FakeSettingsStore.connected(TEAM), FakeClickReader.answering(1, 1),
        new Fakes.PosterFake(), DigestSettings.DEFAULTS, Clock.systemUTC());
  }

  @Test
  void startsWithTheSavedSchedulesAndShutsDown() {
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = module(db);
      DigestSchedule s = DigestSchedule.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA);
      digest.schedules().save(s, Instant.now());

      digest.scheduler().start();
      assertTrue(digest.scheduler().isHealthy());
      assertEquals(QuartzDigestSchedulerContract.nextAt(s), digest.scheduler().nextRun(TEAM).orElseThrow());
      digest.scheduler().shutdown(true);
      assertFalse(digest.scheduler().isHealthy());
    }
  }

  @Test
  void savingSchedulesAtOnceAndTheStatusShowsScheduleNextRunAndLastRun() {
    try (HikariDataSource db = TestDatabases.h2()) {
      DigestModule digest = module(db);
      digest.scheduler().start();
      DigestSchedule s = DigestSchedule.daily(TEAM, "C1", LocalTime.of(6, 45), BOGOTA);
      LastRun run = LastRun.of(Instant.parse("2026-11-24T11:45:00Z"), LocalDate.of(2026, 11, 23),
          DigestOutcome.POSTED, null);

      digest.save(s, Instant.now());
      digest.schedules().recordLastRun(TEAM, run);
      DigestStatus on = digest.status(TEAM);
      digest.save(s.withEnabled(false), Instant.now());
      DigestStatus off = digest.status(TEAM);
      digest.scheduler().shutdown(true);

      assertEquals(s, on.schedule().orElseThrow());
      assertEquals(QuartzDigestSchedulerContract.nextAt(s), on.nextRun().orElseThrow());
      assertEquals(run, on.lastRun().orElseThrow());
      assertFalse(off.schedule().orElseThrow().enabled());
      assertTrue(off.nextRun().isEmpty());
      assertEquals(run, off.lastRun().orElseThrow());
    }
  }
}
