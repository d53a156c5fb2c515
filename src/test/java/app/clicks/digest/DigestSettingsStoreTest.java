package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Digest schedules and last runs kept in table digest_schedule (on H2; the PostgreSQL runs use it too). */
class DigestSettingsStoreTest {
  final HikariDataSource db = TestDatabases.h2();
  final DigestSettingsStore store = new DigestSettingsStore(db);
  final WorkspaceKey team = new WorkspaceKey("E1", "T1");

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void savesReplacesAndReadsBackASchedule() {
    DigestSchedule first = DigestSchedule.daily(team, "C1", LocalTime.of(8, 0), ZoneId.of("America/Bogota"));
    DigestSchedule second = new DigestSchedule(team, "C2", LocalTime.of(9, 45),
        Set.of(DayOfWeek.SATURDAY, DayOfWeek.TUESDAY), ZoneId.of("America/Santiago"), EmptyPolicy.SKIP, false);

    store.save(first, Instant.EPOCH);
    assertEquals(first, store.find(team).orElseThrow());
    store.save(second, Instant.EPOCH);

    assertEquals(second, store.find(team).orElseThrow());
    assertEquals(List.of(second), store.findAll());
    assertTrue(store.find(new WorkspaceKey("", "T1")).isEmpty());
  }

  @Test
  void keepsTheLastRunAcrossSavesAndTurnsOff() {
    DigestSchedule s = DigestSchedule.daily(team, "C1", LocalTime.of(8, 0), ZoneId.of("America/Bogota"));
    store.save(s, Instant.EPOCH);
    LastRun run = LastRun.of(Instant.parse("2026-11-24T13:00:00Z"), LocalDate.of(2026, 11, 23),
        DigestOutcome.NOT_IN_CHANNEL, "C1");

    store.recordLastRun(team, run);
    store.save(s.withTime(LocalTime.of(7, 0)), Instant.EPOCH);
    assertTrue(store.disable(team, Instant.EPOCH));

    assertEquals(run, store.lastRun(team).orElseThrow());
    assertFalse(store.find(team).orElseThrow().enabled());
    store.delete(team);
    assertTrue(store.find(team).isEmpty());
    assertFalse(store.disable(team, Instant.EPOCH));
  }
}
