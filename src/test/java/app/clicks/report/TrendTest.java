package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.TrendSummaries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which points a summary's trend has: hours for a day, days for longer, the previous period lined up. */
class TrendTest {
  @Test
  void aDayIsShownByHourAgainstTheDayBefore() {
    Trend t = Trend.of(TrendSummaries.yesterday(TrendSummaries.plain()));
    assertEquals(Trend.Unit.HOUR, t.unit());
    assertEquals(IntStream.range(0, 24).boxed().toList(), t.points().stream().map(Trend.Point::hour).toList());
    LocalDate monday = LocalDate.of(2026, 11, 23);
    LocalDate sunday = LocalDate.of(2026, 11, 22);
    for (int h = 0; h < 24; h++) {
      assertEquals(TrendSummaries.count(monday, h), t.points().get(h).clicks(), "hour " + h);
      assertEquals(TrendSummaries.count(sunday, h), t.points().get(h).previous(), "previous hour " + h);
    }
    assertEquals("11:00", t.peak().orElseThrow().label());
    assertEquals("00:00", t.points().get(0).label());
  }

  @Test
  void sevenDaysAreShownByDayAgainstTheSevenDaysBefore() {
    Summary s = TrendSummaries.lastSevenDays(TrendSummaries.plain(), true);
    Trend t = Trend.of(s);
    assertEquals(Trend.Unit.DAY, t.unit());
    assertEquals(LocalDate.of(2026, 11, 17).datesUntil(LocalDate.of(2026, 11, 24)).toList(),
        t.points().stream().map(Trend.Point::date).toList());
    assertEquals(s.clicks().current(), t.clicks().stream().mapToLong(Long::longValue).sum());
    assertEquals(s.clicks().previous(), t.previous().stream().mapToLong(Long::longValue).sum());
    assertEquals("2026-11-17", t.points().get(0).label());
    assertEquals(-1, t.points().get(0).hour());
  }

  @Test
  void withoutClicksByDayALongerPeriodFallsBackToItsHoursOfDay() {
    Summary s = TrendSummaries.lastSevenDays(TrendSummaries.plain(), false);
    assertTrue(s.byDay().isEmpty());
    Trend t = Trend.of(s);
    assertEquals(Trend.Unit.HOUR, t.unit());
    assertEquals(24, t.points().size());
    assertEquals(s.clicks().current(), t.clicks().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void todayCoversTheHoursThatHaveBegun() {
    Summary s = TrendSummaries.summary(Periods.parse("today", TrendSummaries.CLOCK, TrendSummaries.BOGOTA),
        TrendSummaries.plain(), true);
    Trend t = Trend.of(s);
    assertEquals(IntStream.range(0, 10).boxed().toList(), t.points().stream().map(Trend.Point::hour).toList(),
        "today at 10:00 sharp (the clock): hours 0 to 9");
    Clock at1020 = Clock.fixed(Instant.parse("2026-11-24T15:20:00Z"), ZoneOffset.UTC);
    Summary later = TrendSummaries.summary(Periods.parse("today", at1020, TrendSummaries.BOGOTA),
        TrendSummaries.plain(), true);
    assertEquals(11, Trend.of(later).points().size(), "at 10:20: hours 0 to 10");
  }

  @Test
  void theLastHoursStartAtTheHourTheyStart() {
    Clock at1420 = Clock.fixed(Instant.parse("2026-11-24T19:20:00Z"), ZoneOffset.UTC);
    Summary s = TrendSummaries.summary(Periods.parse("last 24 hours", at1420, TrendSummaries.BOGOTA),
        TrendSummaries.plain(), true);
    List<Integer> hours = Trend.of(s).points().stream().map(Trend.Point::hour).toList();
    assertEquals(24, hours.size());
    assertEquals(14, hours.get(0));
    assertEquals(13, hours.get(23));
  }

  @Test
  void aShorterPreviousMonthHasNoValueForTheLastDays() {
    Clock april = Clock.fixed(Instant.parse("2026-04-05T15:00:00Z"), ZoneOffset.UTC);
    Summary s = TrendSummaries.summary(Periods.parse("last month", april, TrendSummaries.BOGOTA),
        TrendSummaries.plain(), true);
    Trend t = Trend.of(s);
    assertEquals(31, t.points().size(), "March");
    assertEquals(28, s.previousByDay().size(), "February");
    assertEquals(s.previousByDay().get(0).clicks(), t.points().get(0).previous(), "March 1 against February 1");
    assertNull(t.points().get(28).previous());
    assertNull(t.points().get(30).previous());
  }

  @Test
  void aLongerPreviousMonthIsCutToTheCurrentOne() {
    Clock december = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);
    Summary s = TrendSummaries.summary(Periods.parse("last month", december, TrendSummaries.BOGOTA),
        TrendSummaries.plain(), true);
    assertEquals(30, Trend.of(s).points().size(), "November, against October's first 30 days");
    assertEquals(31, s.previousByDay().size());
  }

  @Test
  void aPeriodWithoutClicksHasNoPeak() {
    Summary s = Summaries.of(TrendSummaries.yesterday(TrendSummaries.plain()).periods(), Totals.EMPTY, Totals.EMPTY,
        5, TrendSummaries.NOTE);
    Trend t = Trend.of(s);
    assertFalse(t.peak().isPresent());
    assertEquals(24, t.points().size());
  }

  @Test
  void theSummaryListsEveryDayOfItsPeriodZeroIncluded() {
    Summary s = TrendSummaries.lastSevenDays(TrendSummaries.plain(), true);
    assertEquals(7, s.byDay().size());
    assertEquals(7, s.previousByDay().size());
    assertEquals(LocalDate.of(2026, 11, 10), s.previousByDay().get(0).date());
    assertEquals(24, s.previousByHour().size());
  }
}
