package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The periods a scheduled report covers, from the local date of its run: yesterday, last week, last month. */
class RunPeriodsTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

  @Test
  void lastWeekOnMonday23NovemberIsThe16thToThe22ndComparedWithTheWeekBefore() {
    PeriodPair p = RunPeriods.lastWeek(LocalDate.of(2026, 11, 23), BOGOTA);

    assertEquals(LocalDate.of(2026, 11, 16), p.current().firstDay());
    assertEquals(LocalDate.of(2026, 11, 22), p.current().lastDay());
    assertEquals(LocalDate.of(2026, 11, 9), p.previous().firstDay());
    assertEquals(LocalDate.of(2026, 11, 15), p.previous().lastDay());
    assertEquals(Period.Kind.LAST_WEEK, p.current().kind());
    assertEquals(p, RunPeriods.lastWeek(LocalDate.of(2026, 11, 29), BOGOTA), "any day of the week gives last week");
  }

  @Test
  void aWeeklyRunOnTheMondayAfterSantiagoMovesItsClocksCoversTheShortWeekWholeDaysInItsZone() {
    // Santiago moves from UTC-4 to UTC-3 at midnight starting Sunday 6 September 2026: that week has 167 hours.
    PeriodPair p = RunPeriods.lastWeek(LocalDate.of(2026, 9, 7), SANTIAGO);

    assertEquals(ZonedDateTime.of(2026, 8, 31, 0, 0, 0, 0, SANTIAGO), p.current().start());
    assertEquals(ZonedDateTime.of(2026, 9, 7, 0, 0, 0, 0, SANTIAGO), p.current().end());
    assertEquals(Duration.ofHours(167), p.current().length());
    assertEquals("2026-08-31T04:00:00Z", p.current().startInstant().toString());
    assertEquals("2026-09-07T03:00:00Z", p.current().endInstant().toString());
    assertEquals(ZonedDateTime.of(2026, 8, 24, 0, 0, 0, 0, SANTIAGO), p.previous().start());
    assertEquals(ZonedDateTime.of(2026, 8, 31, 0, 0, 0, 0, SANTIAGO), p.previous().end());
    assertEquals(Duration.ofHours(168), p.previous().length());
    assertEquals(7, p.current().days().size());
  }

  @Test
  void aMonthlyRunOnTheFirstCoversLastMonthComparedWithTheCalendarMonthBefore() {
    PeriodPair october = RunPeriods.lastMonth(LocalDate.of(2026, 11, 1), BOGOTA);

    assertEquals(LocalDate.of(2026, 10, 1), october.current().firstDay());
    assertEquals(LocalDate.of(2026, 10, 31), october.current().lastDay());
    assertEquals(31, october.current().days().size());
    assertEquals(LocalDate.of(2026, 9, 1), october.previous().firstDay());
    assertEquals(LocalDate.of(2026, 9, 30), october.previous().lastDay(), "the calendar month, not 31 days back");
    assertEquals(Period.Kind.LAST_MONTH, october.current().kind());

    PeriodPair february = RunPeriods.lastMonth(LocalDate.of(2026, 3, 1), BOGOTA);
    assertEquals(28, february.current().days().size());
    assertEquals(LocalDate.of(2026, 1, 1), february.previous().firstDay());
    assertEquals(LocalDate.of(2026, 1, 31), february.previous().lastDay());
  }

  @Test
  void aDailyRunCoversYesterdayComparedWithTheDayBefore() {
    PeriodPair p = RunPeriods.yesterday(LocalDate.of(2026, 11, 23), BOGOTA);

    assertEquals(LocalDate.of(2026, 11, 22), p.current().firstDay());
    assertEquals(LocalDate.of(2026, 11, 22), p.current().lastDay());
    assertEquals(LocalDate.of(2026, 11, 21), p.previous().firstDay());
    assertEquals(Period.Kind.YESTERDAY, p.current().kind());
  }
}
