package app.clicks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.Finding.DropFacts;
import app.clicks.alerts.Finding.SilenceFacts;
import app.clicks.alerts.Finding.Verdict;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.RecentClicks;
import app.clicks.store.RecentClicks.AdActivity;
import app.clicks.store.RecentClicks.HourCount;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules as pure functions of per-hour counts and a fixed time; business hours at their edges. */
class AlertRulesTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T1");
  static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
  /** Monday 2026-11-23. */
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  static Instant at(LocalDate day, int h, int m, ZoneId zone) {
    return day.atTime(h, m).atZone(zone).toInstant();
  }

  static AlertSettings rules(LocalTime from, LocalTime to, Set<DayOfWeek> days, AlertSettings.Silence s,
      AlertSettings.Drop d, AlertSettings.AdStopped a) {
    return new AlertSettings(TEAM, "C1", from, to, days, s, d, a);
  }

  static AlertSettings silence(int hours, LocalTime from, LocalTime to) {
    return rules(from, to, EVERY_DAY, new AlertSettings.Silence(true, hours), AlertSettings.Drop.DEFAULT,
        AlertSettings.AdStopped.DEFAULT);
  }

  static RecentClicks.Activity newest(Instant newest) {
    return new RecentClicks.Activity(List.of(), newest, Map.of());
  }

  // ---- business hours

  @Test
  void aToBeforeFromRunsThroughMidnightAndBelongsToTheDayItStarts() {
    BusinessHours night = new BusinessHours(LocalTime.of(22, 0), LocalTime.of(6, 0), EnumSet.of(DayOfWeek.MONDAY),
        BOGOTA);
    assertTrue(night.contains(at(MONDAY.plusDays(1), 5, 59, BOGOTA)), "Tuesday 05:59 is Monday's night");
    assertFalse(night.contains(at(MONDAY.plusDays(1), 6, 0, BOGOTA)));
    assertFalse(night.contains(at(MONDAY, 5, 0, BOGOTA)), "Monday 05:00 is Sunday's night, not chosen");
    assertEquals(Duration.ofHours(8), night.within(at(MONDAY, 0, 0, BOGOTA), at(MONDAY.plusDays(2), 0, 0, BOGOTA)));
  }

  @Test
  void hoursEndingAtMidnightIncludeTheLastMinuteAndEqualEndsAreAWholeDay() {
    BusinessHours evening = new BusinessHours(LocalTime.of(18, 0), LocalTime.MIDNIGHT, EVERY_DAY, BOGOTA);
    assertTrue(evening.contains(at(MONDAY, 23, 59, BOGOTA)));
    assertFalse(evening.contains(at(MONDAY.plusDays(1), 0, 0, BOGOTA)));
    assertEquals(Duration.ofHours(6), evening.within(at(MONDAY, 12, 0, BOGOTA), at(MONDAY, 23, 59, BOGOTA)
        .plusSeconds(60)));
    BusinessHours always = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(8, 0), EVERY_DAY, BOGOTA);
    assertTrue(always.contains(at(MONDAY, 7, 59, BOGOTA)));
    assertEquals(Duration.ofHours(24), always.within(at(MONDAY, 8, 0, BOGOTA), at(MONDAY.plusDays(1), 8, 0, BOGOTA)));
  }

  @Test
  void aDaySavingChangeInSantiagoMakesTheWindowAsLongAsTheClockSays() {
    // Chile starts summer time on Sunday 2026-09-06: Saturday 24:00 becomes Sunday 01:00.
    LocalDate saturday = LocalDate.of(2026, 9, 5);
    BusinessHours nights = new BusinessHours(LocalTime.of(20, 0), LocalTime.of(8, 0), EVERY_DAY, SANTIAGO);
    BusinessHours.Window w = nights.windowOn(saturday).orElseThrow();
    assertEquals(Duration.ofHours(11), Duration.between(w.start(), w.end()), "12 h on the clock, 11 h real");
    // and ends it on Sunday 2026-04-05: Saturday 24:00 is Saturday 23:00 again
    BusinessHours.Window fall = nights.windowOn(LocalDate.of(2026, 4, 4)).orElseThrow();
    assertEquals(Duration.ofHours(13), Duration.between(fall.start(), fall.end()));

    Instant lastClick = at(saturday, 22, 0, SANTIAGO);
    Instant now = at(saturday.plusDays(1), 1, 30, SANTIAGO);
    Finding f = AlertRules.silence(new AlertSettings.Silence(true, 2), nights, newest(lastClick), now);
    assertEquals(Duration.ofMinutes(150), ((SilenceFacts) f.facts()).quietFor(), "22:00 to 01:30 with an hour skipped");
    assertEquals(Verdict.FIRING, f.verdict());
  }

  // ---- silence

  @Test
  void silenceFiresAtExactlyNBusinessHoursAndCountsOnlyBusinessHours() {
    AlertSettings r = silence(2, LocalTime.of(8, 0), LocalTime.of(20, 0));
    BusinessHours h = r.hours(BOGOTA);
    Instant now = at(MONDAY, 10, 0, BOGOTA);
    assertEquals(Verdict.NORMAL,
        AlertRules.silence(r.silence(), h, newest(now.minusSeconds(7199)), now).verdict());
    assertEquals(Verdict.FIRING, AlertRules.silence(r.silence(), h, newest(now.minusSeconds(7200)), now).verdict());
    // the last click Sunday 19:30: 30 min of Sunday's hours and 1 h 30 min of Monday's
    Instant sunday = at(MONDAY.minusDays(1), 19, 30, BOGOTA);
    assertEquals(Verdict.NORMAL, AlertRules.silence(r.silence(), h, newest(sunday), at(MONDAY, 9, 29, BOGOTA))
        .verdict());
    assertEquals(Verdict.FIRING, AlertRules.silence(r.silence(), h, newest(sunday), at(MONDAY, 9, 30, BOGOTA))
        .verdict());
  }

  @Test
  void withNoClickInTheDaysReadSilenceCountsFromTheirStart() {
    AlertSettings r = silence(1, LocalTime.of(8, 0), LocalTime.of(9, 0));
    Finding f = AlertRules.silence(r.silence(), r.hours(BOGOTA), newest(null), at(MONDAY, 8, 30, BOGOTA));
    assertEquals(Verdict.FIRING, f.verdict(), "7 whole days of business hours before");
    assertEquals(null, ((SilenceFacts) f.facts()).since());
  }

  @Test
  void silenceSaysWhatTheSameHoursHeldAWeekEarlier() {
    AlertSettings r = silence(2, LocalTime.of(8, 0), LocalTime.of(20, 0));
    List<HourCount> hours = List.of(new HourCount(MONDAY.minusDays(7), 10, 20), new HourCount(MONDAY.minusDays(7),
        11, 21), new HourCount(MONDAY.minusDays(7), 12, 5), new HourCount(MONDAY, 9, 3));
    Instant now = at(MONDAY, 12, 15, BOGOTA);
    Finding f = AlertRules.silence(r.silence(), r.hours(BOGOTA),
        new RecentClicks.Activity(hours, at(MONDAY, 10, 5, BOGOTA), Map.of()), now);
    assertEquals(41L, ((SilenceFacts) f.facts()).weekAgo(), "10:00 to 12:00 last Monday");
  }

  // ---- drop

  static RecentClicks.Activity hourly(LocalDate day, int fromHour, int toHour, long each, LocalDate weekAgo,
      long eachWeekAgo) {
    List<HourCount> hours = new ArrayList<>();
    for (int h = fromHour; h < toHour; h++) {
      hours.add(new HourCount(day, h, each));
      hours.add(new HourCount(weekAgo, h, eachWeekAgo));
    }
    return new RecentClicks.Activity(hours, null, Map.of());
  }

  @Test
  void dropComparesWholeHoursSinceTheWindowStartedWithTheSameHoursAWeekEarlier() {
    AlertSettings.Drop rule = new AlertSettings.Drop(true, 50, 20);
    BusinessHours h = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(20, 0), EVERY_DAY, BOGOTA);
    Instant now = at(MONDAY, 11, 40, BOGOTA);
    // 08..11 today: 3 whole hours; the 11:00 hour is open and not counted
    Finding below = AlertRules.drop(rule, h, hourly(MONDAY, 8, 12, 3, MONDAY.minusDays(7), 7), now);
    DropFacts f = (DropFacts) below.facts();
    assertEquals(9, f.today());
    assertEquals(21, f.weekAgo());
    assertEquals(LocalDateTime.of(2026, 11, 23, 11, 0), f.spanEnd());
    assertEquals(Verdict.FIRING, below.verdict(), "9 < 50% of 21");
    Finding exactlyHalf = AlertRules.drop(rule, h, hourly(MONDAY, 8, 12, 4, MONDAY.minusDays(7), 8), now);
    assertEquals(Verdict.NORMAL, exactlyHalf.verdict(), "12 of 24 is not below 50%");
    Finding tooFew = AlertRules.drop(rule, h, hourly(MONDAY, 8, 12, 0, MONDAY.minusDays(7), 6), now);
    assertEquals(Verdict.UNKNOWN, tooFew.verdict(), "18 a week earlier: under the minimum of 20");
    Finding firstHour = AlertRules.drop(rule, h, hourly(MONDAY, 8, 12, 0, MONDAY.minusDays(7), 50),
        at(MONDAY, 8, 59, BOGOTA));
    assertEquals(Verdict.UNKNOWN, firstHour.verdict(), "no whole hour yet");
  }

  @Test
  void dropThroughMidnightComparesAcrossTheDayBoundary() {
    AlertSettings.Drop rule = new AlertSettings.Drop(true, 50, 20);
    BusinessHours h = new BusinessHours(LocalTime.of(22, 0), LocalTime.of(6, 0), EVERY_DAY, BOGOTA);
    Instant now = at(MONDAY.plusDays(1), 2, 10, BOGOTA);
    List<HourCount> hours = new ArrayList<>();
    for (int hr : new int[] {22, 23}) {
      hours.add(new HourCount(MONDAY, hr, 1));
      hours.add(new HourCount(MONDAY.minusDays(7), hr, 10));
    }
    for (int hr : new int[] {0, 1}) {
      hours.add(new HourCount(MONDAY.plusDays(1), hr, 1));
      hours.add(new HourCount(MONDAY.plusDays(1).minusDays(7), hr, 10));
    }
    Finding f = AlertRules.drop(rule, h, new RecentClicks.Activity(hours, null, Map.of()), now);
    assertEquals(4, ((DropFacts) f.facts()).today());
    assertEquals(40, ((DropFacts) f.facts()).weekAgo());
    assertEquals(Verdict.FIRING, f.verdict());
  }

  // ---- an ad stopped

  @Test
  void anAdQualifiesWithSevenTimesKClicksAndFiresAfterNBusinessHoursWithout() {
    AlertSettings.AdStopped rule = new AlertSettings.AdStopped(true, 10, 3);
    BusinessHours h = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(20, 0), EVERY_DAY, BOGOTA);
    Instant now = at(MONDAY, 11, 0, BOGOTA);
    Instant last = at(MONDAY, 8, 0, BOGOTA);
    Map<String, AdActivity> ads = Map.of(
        "big", new AdActivity("big", "u1", 70, last),
        "small", new AdActivity("small", "u2", 69, last),
        "fresh", new AdActivity("fresh", "u3", 500, now.minusSeconds(60)),
        "", new AdActivity("", "", 900, last));
    List<Finding> found = AlertRules.adsStopped(rule, h, new RecentClicks.Activity(List.of(), last, ads), now);
    assertEquals(List.of("big", "fresh", "small"), found.stream().map(Finding::ad).toList(), "no empty source_id");
    assertEquals(Verdict.FIRING, found.get(0).verdict(), "70 = 7 × 10, silent 3 h");
    assertEquals(Verdict.NORMAL, found.get(1).verdict());
    assertEquals(Verdict.UNKNOWN, found.get(2).verdict(), "69 < 70: silent, but never qualified");
    List<Finding> earlier = AlertRules.adsStopped(rule, h, new RecentClicks.Activity(List.of(), last, ads),
        now.minusSeconds(1));
    assertEquals(Verdict.NORMAL, earlier.get(0).verdict(), "2 h 59 min 59 s");
  }

  @Test
  void evaluateJudgesOnlyTheRulesThatAreOn() {
    AlertSettings off = rules(LocalTime.of(8, 0), LocalTime.of(20, 0), EVERY_DAY, AlertSettings.Silence.DEFAULT,
        AlertSettings.Drop.DEFAULT, AlertSettings.AdStopped.DEFAULT);
    assertFalse(off.anyOn());
    assertEquals(List.of(), AlertRules.evaluate(off, BOGOTA, newest(null), at(MONDAY, 9, 0, BOGOTA)));
    ZonedDateTime t = MONDAY.atTime(9, 0).atZone(BOGOTA);
    assertEquals(1, AlertRules.evaluate(silence(2, LocalTime.of(8, 0), LocalTime.of(20, 0)), BOGOTA, newest(null),
        t.toInstant()).size());
  }
}
