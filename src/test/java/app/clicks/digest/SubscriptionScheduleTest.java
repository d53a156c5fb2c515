package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.PeriodPair;
import app.clicks.settings.WorkspaceKey;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * When each cadence fires (its Quartz cron in the subscription's zone) and what a firing covers (from the firing's
 * local date), against fixed dates.
 */
class SubscriptionScheduleTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T1");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

  /** The subscription's next {@code n} fire times after {@code from}, as the stored trigger computes them. */
  static List<String> fireTimes(Subscription s, String from, int n) {
    Trigger t = TriggerBuilder.newTrigger().startAt(new Date(0))
        .withSchedule(CronScheduleBuilder.cronSchedule(s.cronExpression()).inTimeZone(TimeZone.getTimeZone(s.zone())))
        .build();
    List<String> out = new ArrayList<>();
    Date d = Date.from(Instant.parse(from));
    for (int i = 0; i < n; i++) {
      d = t.getFireTimeAfter(d);
      out.add(d.toInstant().atZone(s.zone()).toLocalDateTime().toString());
    }
    return out;
  }

  /** What a firing at {@code localDate} covers: [first day, last day, previous first day, previous last day]. */
  static List<LocalDate> covers(Subscription s, LocalDate localDate) {
    PeriodPair p = s.periods(localDate);
    return List.of(p.current().firstDay(), p.current().lastDay(), p.previous().firstDay(), p.previous().lastDay());
  }

  @Test
  void aDailyDigestOnWeekdaysOnlyFiresMondayToFridayAndMondaysCoversSunday() {
    Subscription s = new Subscription(0, TEAM, "C1", Cadence.DAILY, LocalTime.of(8, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 0, BOGOTA, null, null, null, true);

    assertEquals("0 0 8 ? * MON,TUE,WED,THU,FRI", s.cronExpression());
    assertEquals(List.of("2026-11-20T08:00", "2026-11-23T08:00", "2026-11-24T08:00"),
        fireTimes(s, "2026-11-19T14:00:00Z", 3), "Friday, then Monday: no weekend");
    assertEquals(List.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 21),
        LocalDate.of(2026, 11, 21)), covers(s, LocalDate.of(2026, 11, 23)), "yesterday: Sunday, against Saturday");
  }

  @Test
  void aWeeklyDigestFiresOnItsWeekdayInItsZoneAcrossDaylightSavingAndCoversLastWeek() {
    Subscription s = Subscription.weekly(TEAM, "C1", DayOfWeek.MONDAY, LocalTime.of(0, 30), SANTIAGO);

    assertEquals("0 30 0 ? * MON", s.cronExpression());
    assertEquals(List.of("2026-08-31T00:30", "2026-09-07T00:30", "2026-09-14T00:30"),
        fireTimes(s, "2026-08-25T00:00:00Z", 3), "00:30 local on each side of the change");
    assertEquals(List.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 6), LocalDate.of(2026, 8, 24),
        LocalDate.of(2026, 8, 30)), covers(s, LocalDate.of(2026, 9, 7)));
  }

  @Test
  void aMonthlyDigestFiresOnItsDayOrOnTheMonthsFirstWeekdayAndCoversLastMonth() {
    Subscription first = Subscription.monthly(TEAM, "C1", 1, LocalTime.of(7, 0), BOGOTA);
    Subscription weekday = Subscription.monthly(TEAM, "C1", Subscription.FIRST_WEEKDAY, LocalTime.of(7, 0), BOGOTA);
    Subscription fifteenth = Subscription.monthly(TEAM, "C1", 15, LocalTime.of(7, 0), BOGOTA);

    assertEquals("0 0 7 1 * ?", first.cronExpression());
    assertEquals("0 0 7 1W * ?", weekday.cronExpression());
    assertEquals(List.of("2026-11-01T07:00", "2026-12-01T07:00"), fireTimes(first, "2026-10-15T00:00:00Z", 2));
    // 1 November 2026 is a Sunday, 1 August 2026 a Saturday: the first weekday is Monday the 2nd and the 3rd.
    assertEquals(List.of("2026-08-03T07:00", "2026-09-01T07:00", "2026-10-01T07:00", "2026-11-02T07:00"),
        fireTimes(weekday, "2026-07-15T00:00:00Z", 4));
    assertEquals(List.of("2026-11-15T07:00"), fireTimes(fifteenth, "2026-11-01T00:00:00Z", 1));
    assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 9, 30)), covers(weekday, LocalDate.of(2026, 11, 2)));
  }
}
