package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.clicks.report.Period.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Periods.previous: the period just before the one shown (the "Previous period" button), with its own previous. */
class PreviousPeriodTest {
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** 2026-11-24 10:20 in Bogotá. */
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T15:20:00Z"), BOGOTA);

  private static PeriodPair parse(String words) {
    return Periods.parse(words, NOW, BOGOTA);
  }

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(BOGOTA);
  }

  @Test
  void theSevenDaysBeforeLastSevenDaysAreComparedWithTheSevenBeforeThem() {
    PeriodPair p = Periods.previous(parse("last 7 days"));

    assertEquals("2026-11-10..2026-11-16", p.current().label());
    assertEquals(Kind.RANGE, p.current().kind());
    assertEquals(at("2026-11-03T00:00"), p.previous().start());
    assertEquals(at("2026-11-10T00:00"), p.previous().end());
  }

  @Test
  void theDayBeforeYesterdayIsComparedWithTheDayBeforeIt() {
    PeriodPair p = Periods.previous(parse("yesterday"));

    assertEquals("2026-11-22", p.current().label());
    assertEquals(Kind.DATE, p.current().kind());
    assertEquals("2026-11-21", p.previous().label());
  }

  @Test
  void aCalendarMonthIsFollowedByTheCalendarMonthBeforeIt() {
    PeriodPair p = Periods.previous(parse("last month"));

    assertEquals("2026-09-01..2026-09-30", p.current().label());
    assertEquals(at("2026-08-01T00:00"), p.previous().start(), "August, 31 days, before a 30-day September");
    assertEquals(at("2026-09-01T00:00"), p.previous().end());
  }

  @Test
  void aRunningPeriodsPreviousSpanIsClosedAndComparedWithAsLongASpanBefore() {
    PeriodPair p = Periods.previous(parse("today"));

    assertEquals(at("2026-11-23T00:00"), p.current().start());
    assertEquals(at("2026-11-23T10:20"), p.current().end());
    assertFalse(p.current().running());
    assertEquals(Kind.SPAN, p.current().kind());
    assertEquals(at("2026-11-22T13:40"), p.previous().start());
    assertEquals(at("2026-11-23T00:00"), p.previous().end());
  }

  @Test
  void pressingAgainGoesOnePeriodFurtherBack() {
    PeriodPair twice = Periods.previous(Periods.previous(parse("last 7 days")));

    assertEquals("2026-11-03..2026-11-09", twice.current().label());
    assertEquals("2026-10-27..2026-11-02", twice.previous().label());
  }
}
