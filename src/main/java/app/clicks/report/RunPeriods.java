package app.clicks.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The periods a scheduled report covers, from the local date of its run (its time of day never matters): yesterday,
 * last week (Monday to Sunday) or last month, each compared with the period before it of the same length (the day
 * before, the week before, the calendar month before). They are /clicks's "yesterday", "last week" and "last month"
 * as seen on that date. Pure.
 */
public final class RunPeriods {
  private RunPeriods() {}

  /** The whole day before {@code runDate}, compared with the day before it. */
  public static PeriodPair yesterday(LocalDate runDate, ZoneId zone) {
    return Periods.yesterday(runDate, zone);
  }

  /** The Monday-to-Sunday week before the week of {@code runDate}, compared with the week before it. */
  public static PeriodPair lastWeek(LocalDate runDate, ZoneId zone) {
    return Periods.parse("last week", noonOf(runDate, zone), zone);
  }

  /** The calendar month before the month of {@code runDate}, compared with the calendar month before it. */
  public static PeriodPair lastMonth(LocalDate runDate, ZoneId zone) {
    return Periods.parse("last month", noonOf(runDate, zone), zone);
  }

  /** A clock standing at noon of {@code date} in {@code zone}: a time every day has, whatever daylight saving does. */
  private static Clock noonOf(LocalDate date, ZoneId zone) {
    return Clock.fixed(date.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);
  }
}
