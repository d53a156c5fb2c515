package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.PeriodPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The day a digest covers comes from its scheduled time in the report zone, as whole local days. */
class DigestDayTest {
  static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

  @Test
  void theDayIsTheOneBeforeTheScheduledTimeInTheReportZone() {
    Instant scheduled = Instant.parse("2026-11-24T02:30:00Z"); // 23:30 on the 23rd in Santiago (UTC-3)

    assertEquals(LocalDate.of(2026, 11, 22), DigestRunner.dayOf(scheduled, SANTIAGO));
    assertEquals(LocalDate.of(2026, 11, 23), DigestRunner.dayOf(scheduled, ZoneId.of("UTC")));
  }

  @Test
  void aDayWithADaylightSavingGapIsShorterAndComparedWithTheWholeDayBefore() {
    PeriodPair p = DigestRunner.periodsOf(LocalDate.of(2026, 9, 6), SANTIAGO);

    assertEquals(Instant.parse("2026-09-06T04:00:00Z"), p.current().startInstant());
    assertEquals(Instant.parse("2026-09-07T03:00:00Z"), p.current().endInstant());
    assertEquals(Duration.ofHours(23), p.current().length());
    assertEquals(Instant.parse("2026-09-05T04:00:00Z"), p.previous().startInstant());
    assertEquals(p.current().startInstant(), p.previous().endInstant());
  }
}
