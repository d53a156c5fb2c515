package app.clicks.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clicks of a summary's period over time, against the previous period: what a sparkline and a chart draw.
 *
 * <p>By hour of day for a period of at most 25 hours (a day, a day of a clock change, the last N hours), starting
 * at the hour the period starts and covering the hours it spans (all 24 for a whole day; "today" at 10:20 covers
 * 0:00 to 10:00). By day for a longer period, one point for each of its days, when the summary has clicks by day;
 * when it has not (a source that does not count by day), by hour of day over the whole period instead.
 *
 * <p>The previous period is lined up point by point: the same hour of day, or the day at the same position (the
 * first day of "last 7 days" against the first of the 7 days before). Where the previous period has no such day
 * (a shorter month), its value is null; days of a longer previous period past the current one are left out.
 *
 * @param points in time order
 */
public record Trend(Unit unit, List<Point> points) {
  /** A period of at most this long is shown by hour. */
  public static final Duration HOURLY_UP_TO = Duration.ofHours(25);

  /** What a point of the trend is. */
  public enum Unit {
    HOUR,
    DAY
  }

  /**
   * One hour of day or one day.
   *
   * @param hour 0..23 for an hour, -1 for a day
   * @param date the day, or null for an hour
   * @param clicks clicks of the current period
   * @param previous clicks of the previous period at the same point; null where it has none or it is not known
   */
  public record Point(int hour, LocalDate date, long clicks, Long previous) {
    /** Language-neutral: "11:00" for an hour, "2026-11-22" for a day. */
    public String label() {
      return date == null ? String.format("%02d:00", hour) : date.toString();
    }
  }

  public Trend {
    points = List.copyOf(points);
  }

  /** The trend of {@code summary}'s period. */
  public static Trend of(Summary summary) {
    Period current = summary.periods().current();
    boolean daily = current.length().compareTo(HOURLY_UP_TO) > 0 && !summary.byDay().isEmpty();
    return daily ? byDay(summary) : byHour(summary, current);
  }

  private static Trend byDay(Summary s) {
    List<Point> points = new ArrayList<>(s.byDay().size());
    List<DayCount> before = s.previousByDay();
    for (int i = 0; i < s.byDay().size(); i++) {
      DayCount d = s.byDay().get(i);
      points.add(new Point(-1, d.date(), d.clicks(), i < before.size() ? before.get(i).clicks() : null));
    }
    return new Trend(Unit.DAY, points);
  }

  private static Trend byHour(Summary s, Period current) {
    int first = 0;
    int count = 24;
    if (current.length().compareTo(HOURLY_UP_TO) <= 0) {
      ZonedDateTime start = current.start();
      first = start.getHour();
      long spanned = (long) Math.ceil(Duration.between(start.truncatedTo(ChronoUnit.HOURS), current.end())
          .toSeconds() / 3600.0);
      count = current.length().compareTo(Duration.ofHours(23)) >= 0 ? 24 : (int) Math.max(1, Math.min(24, spanned));
    }
    boolean knownBefore = s.previousByHour().size() == 24;
    List<Point> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int h = (first + i) % 24;
      points.add(new Point(h, null, s.byHour().get(h), knownBefore ? s.previousByHour().get(h) : null));
    }
    return new Trend(Unit.HOUR, points);
  }

  /** The current period's clicks, point by point. */
  public List<Long> clicks() {
    return points.stream().map(Point::clicks).toList();
  }

  /** The previous period's clicks, point by point (null where it has none). */
  public List<Long> previous() {
    return points.stream().map(Point::previous).toList();
  }

  /** The point with the most clicks (the first of equals); empty when no point has a click. */
  public Optional<Point> peak() {
    Point best = null;
    for (Point p : points) {
      if (p.clicks() > 0 && (best == null || p.clicks() > best.clicks())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }
}
