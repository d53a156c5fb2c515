package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.clicks.testing.TrendSummaries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend in one line of block characters, with its peak named. */
class SparklineTest {
  static Trend hours(long... clicks) {
    List<Trend.Point> points = new ArrayList<>();
    for (int h = 0; h < clicks.length; h++) {
      points.add(new Trend.Point(h, null, clicks[h], null));
    }
    return new Trend(Trend.Unit.HOUR, points);
  }

  static Trend days(int n, java.util.function.IntToLongFunction clicks) {
    List<Trend.Point> points = new ArrayList<>();
    LocalDate first = LocalDate.of(2026, 8, 24);
    for (int i = 0; i < n; i++) {
      points.add(new Trend.Point(-1, first.plusDays(i), clicks.applyAsLong(i), null));
    }
    return new Trend(Trend.Unit.DAY, points);
  }

  @Test
  void eightLevelsFromNothingToTheHighest() {
    assertEquals("▁▂▃▄▅▆▇█", Sparkline.bars(List.of(0, 1, 2, 3, 4, 5, 6, 7)));
  }

  @Test
  void anyClickShowsAboveNothing() {
    assertEquals("▁▂█", Sparkline.bars(List.of(0, 1, 10_000)));
  }

  @Test
  void theExampleOfTheIssue() {
    Sparkline s = Sparkline.of(hours(0, 0, 1, 4, 14, 30, 38, 33, 25, 20, 15, 9));
    assertEquals("▁▁▂▂▄▇█▇▆▅▄▃", s.bars());
    assertEquals("06:00", s.peak().label());
    assertEquals(38, s.peak().clicks());
    assertEquals("clicks by hour ▁▁▂▂▄▇█▇▆▅▄▃ peak 06:00 (38)", s.english());
  }

  @Test
  void allZerosIsAFlatLineWithoutPeak() {
    Sparkline s = Sparkline.of(hours(new long[24]));
    assertEquals("▁".repeat(24), s.bars());
    assertNull(s.peak());
    assertFalse(s.peakPoint().isPresent());
    assertEquals("clicks by hour " + "▁".repeat(24) + " no clicks", s.english());
  }

  @Test
  void oneValueIsOneFullBar() {
    Sparkline s = Sparkline.of(hours(5));
    assertEquals("█", s.bars());
    assertEquals(5, s.peak().clicks());
  }

  @Test
  void noPointsNoBars() {
    assertEquals("", Sparkline.of(new Trend(Trend.Unit.DAY, List.of())).bars());
  }

  @Test
  void theFirstOfEqualPeaksIsNamed() {
    assertEquals("01:00", Sparkline.of(hours(1, 9, 3, 9)).peak().label());
  }

  @Test
  void aMonthOfDaysIsOneBarADay() {
    Sparkline s = Sparkline.of(days(31, i -> i));
    assertEquals(31, s.bars().length());
    assertEquals(1, s.perBar());
  }

  @Test
  void ninetyTwoDaysAreThirtyOneBarsOfThreeDaysEachAndThePeakIsStillOneDay() {
    Sparkline s = Sparkline.of(days(92, i -> i == 50 ? 900 : 30));
    assertEquals(31, s.bars().length());
    assertEquals(3, s.perBar());
    assertEquals(LocalDate.of(2026, 8, 24).plusDays(50), s.peak().date());
    assertEquals(900, s.peak().clicks());
    assertEquals(Trend.Unit.DAY, s.unit());
    assertEquals('█', s.bars().charAt(16), "days 48..50 hold the peak");
  }

  @Test
  void aShorterLastGroupIsAMeanNotADip() {
    Sparkline s = Sparkline.of(days(92, i -> 10));
    assertEquals("█".repeat(31), s.bars());
  }

  @Test
  void thirtyTwoDaysAreSixteenBarsOfTwo() {
    Sparkline s = Sparkline.of(days(32, i -> 1));
    assertEquals(16, s.bars().length());
    assertEquals(2, s.perBar());
  }

  @Test
  void aSummaryOfADayPeaksAtEleven() {
    Sparkline s = Sparkline.of(TrendSummaries.yesterday(TrendSummaries.plain()));
    assertEquals(24, s.bars().length());
    assertEquals("11:00", s.peak().label());
    assertEquals(Trend.Unit.HOUR, s.unit());
  }

  @Test
  void aSummaryOfSevenDaysIsByDay() {
    Sparkline s = Sparkline.of(TrendSummaries.lastSevenDays(TrendSummaries.plain(), true));
    assertEquals(7, s.bars().length());
    assertEquals(Trend.Unit.DAY, s.unit());
  }
}
