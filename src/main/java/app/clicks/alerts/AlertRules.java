package app.clicks.alerts;

import app.clicks.alerts.Finding.AdFacts;
import app.clicks.alerts.Finding.DropFacts;
import app.clicks.alerts.Finding.SilenceFacts;
import app.clicks.alerts.Finding.Verdict;
import app.clicks.store.RecentClicks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three rules as pure functions of recent clicks (per hour of the report timezone, the newest click, each ad's
 * newest click and its clicks of the previous 7 days) and the time of the check. What they mean exactly:
 *
 * <ul>
 *   <li>Silence: the business time from the newest stored click (or from the start of the days read, when there is
 *       none) to now is at least N hours. (The job raises it only when two checks in a row say so.)
 *   <li>Drop: within the business-hours window that holds now, the clicks of its whole local hours from the window's
 *       start to the start of the current hour, against the same local hours 7 days earlier. Firing when today is
 *       below X% of a week earlier; unknown while a week earlier held fewer than M (and before the first whole hour).
 *       Whole hours only: chat_14 lists a chat once it closes, so the open hour always looks short.
 *   <li>Ad stopped: an ad (non-empty source_id) with at least 7×K clicks on the 7 days before today whose newest click
 *       is at least N business hours ago. Normal again once it has a click less than N business hours old.
 * </ul>
 */
public final class AlertRules {
  /** Days read before today: the 7 of the ad rule (and of the drop's week earlier). */
  public static final int LOOKBACK_DAYS = 7;

  private AlertRules() {}

  /** What each rule that is on says at {@code now}. */
  public static List<Finding> evaluate(AlertSettings rules, ZoneId zone, RecentClicks.Activity clicks, Instant now) {
    BusinessHours hours = rules.hours(zone);
    List<Finding> out = new ArrayList<>();
    if (rules.silence().on()) {
      out.add(silence(rules.silence(), hours, clicks, now));
    }
    if (rules.drop().on()) {
      out.add(drop(rules.drop(), hours, clicks, now));
    }
    if (rules.adStopped().on()) {
      out.addAll(adsStopped(rules.adStopped(), hours, clicks, now));
    }
    return out;
  }

  /** The first day read for a check at {@code now}: 7 days before today. */
  public static LocalDate firstDay(Instant now, ZoneId zone) {
    return now.atZone(zone).toLocalDate().minusDays(LOOKBACK_DAYS);
  }

  static Finding silence(AlertSettings.Silence rule, BusinessHours hours, RecentClicks.Activity clicks, Instant now) {
    Instant from = clicks.newest() != null ? clicks.newest()
        : firstDay(now, hours.zone()).atStartOfDay(hours.zone()).toInstant();
    Duration quiet = hours.within(from, now);
    Verdict v = quiet.compareTo(Duration.ofHours(rule.hours())) >= 0 ? Verdict.FIRING : Verdict.NORMAL;
    Long weekAgo = null;
    LocalDateTime start = from.atZone(hours.zone()).toLocalDateTime().truncatedTo(ChronoUnit.HOURS).minusDays(7);
    LocalDateTime end = now.atZone(hours.zone()).toLocalDateTime().truncatedTo(ChronoUnit.HOURS).minusDays(7);
    if (clicks.newest() != null && !start.toLocalDate().isBefore(firstDay(now, hours.zone()))) {
      weekAgo = sum(clicks, start, end);
    }
    return new Finding(AlertRule.SILENCE, "", v, new SilenceFacts(clicks.newest(), quiet, LOOKBACK_DAYS, weekAgo));
  }

  /** The clicks of the whole local hours in [start, end). */
  private static long sum(RecentClicks.Activity clicks, LocalDateTime start, LocalDateTime end) {
    long n = 0;
    for (RecentClicks.HourCount h : clicks.hours()) {
      LocalDateTime t = h.day().atTime(h.hour(), 0);
      if (!t.isBefore(start) && t.isBefore(end)) {
        n += h.clicks();
      }
    }
    return n;
  }

  static Finding drop(AlertSettings.Drop rule, BusinessHours hours, RecentClicks.Activity clicks, Instant now) {
    Optional<BusinessHours.Window> window = hours.windowAt(now);
    if (window.isEmpty()) {
      return new Finding(AlertRule.DROP, "", Verdict.UNKNOWN, null);
    }
    LocalDateTime start = window.get().start().toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
    LocalDateTime end = now.atZone(hours.zone()).toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
    long today = sum(clicks, start, end);
    long weekAgo = sum(clicks, start.minusDays(7), end.minusDays(7));
    int percent = weekAgo == 0 ? 100 : (int) Math.min(Integer.MAX_VALUE, today * 100 / weekAgo);
    DropFacts facts = new DropFacts(today, weekAgo, start, end, percent);
    if (!end.isAfter(start) || weekAgo < rule.minClicks()) {
      return new Finding(AlertRule.DROP, "", Verdict.UNKNOWN, facts);
    }
    Verdict v = today * 100 < (long) rule.percent() * weekAgo ? Verdict.FIRING : Verdict.NORMAL;
    return new Finding(AlertRule.DROP, "", v, facts);
  }

  static List<Finding> adsStopped(AlertSettings.AdStopped rule, BusinessHours hours, RecentClicks.Activity clicks,
      Instant now) {
    List<Finding> out = new ArrayList<>();
    for (RecentClicks.AdActivity ad : clicks.ads().values()) {
      if (ad.sourceId().isBlank()) {
        continue;
      }
      Duration quiet = hours.within(ad.newest(), now);
      boolean silent = quiet.compareTo(Duration.ofHours(rule.hours())) >= 0;
      boolean qualifies = ad.before() >= (long) LOOKBACK_DAYS * rule.minDaily();
      Verdict v = !silent ? Verdict.NORMAL : qualifies ? Verdict.FIRING : Verdict.UNKNOWN;
      out.add(new Finding(AlertRule.AD_STOPPED, ad.sourceId(), v,
          new AdFacts(ad.sourceId(), ad.sourceUrl(), ad.before(), ad.newest(), quiet)));
    }
    out.sort(java.util.Comparator.comparing(Finding::ad));
    return out;
  }
}
