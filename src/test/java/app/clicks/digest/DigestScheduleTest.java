package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.clicks.settings.WorkspaceKey;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A digest schedule: defaults, its Quartz cron expression, and the fingerprint that decides rescheduling. */
class DigestScheduleTest {
  static final WorkspaceKey TEAM = new WorkspaceKey(null, "T1");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  @Test
  void everyDayByDefaultPostingANoteWhenThereWereNoClicks() {
    DigestSchedule s = new DigestSchedule(TEAM, "C1", LocalTime.of(8, 30), null, BOGOTA, null, true);

    assertEquals(EnumSet.allOf(DayOfWeek.class), s.days());
    assertEquals(EmptyPolicy.POST_NOTE, s.emptyPolicy());
    assertEquals("0 30 8 ? * *", s.cronExpression());
  }

  @Test
  void chosenDaysBecomeQuartzDayNames() {
    DigestSchedule s = new DigestSchedule(TEAM, "C1", LocalTime.of(18, 5, 7),
        Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), BOGOTA, EmptyPolicy.SKIP, true);

    assertEquals("MON,FRI", s.daysText());
    assertEquals("7 5 18 ? * MON,FRI", s.cronExpression());
  }

  @Test
  void theFingerprintChangesWithTimeDaysOrZoneOnly() {
    DigestSchedule s = DigestSchedule.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA);

    assertEquals(s.fingerprint(), new DigestSchedule(TEAM, "C2", LocalTime.of(8, 0), null, BOGOTA,
        EmptyPolicy.SKIP, false).fingerprint());
    assertNotEquals(s.fingerprint(), s.withTime(LocalTime.of(8, 1)).fingerprint());
    assertNotEquals(s.fingerprint(), DigestSchedule.daily(TEAM, "C1", LocalTime.of(8, 0),
        ZoneId.of("America/Santiago")).fingerprint());
    assertNotEquals(s.fingerprint(), new DigestSchedule(TEAM, "C1", LocalTime.of(8, 0),
        Set.of(DayOfWeek.MONDAY), BOGOTA, null, true).fingerprint());
  }

  @Test
  void aChannelATimeAndAZoneAreNeeded() {
    assertThrows(IllegalArgumentException.class, () -> DigestSchedule.daily(TEAM, " ", LocalTime.NOON, BOGOTA));
    assertThrows(IllegalArgumentException.class, () -> DigestSchedule.daily(TEAM, "C1", null, BOGOTA));
    assertThrows(IllegalArgumentException.class, () -> DigestSchedule.daily(TEAM, "C1", LocalTime.NOON, null));
    assertThrows(IllegalArgumentException.class,
        () -> DigestSchedule.daily(new WorkspaceKey("E1", null), "C1", LocalTime.NOON, BOGOTA));
  }
}
