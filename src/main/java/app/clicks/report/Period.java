package app.clicks.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A span of time in the report timezone: start inclusive, end exclusive.
 *
 * @param label how a person names it ("yesterday", "2026-11-01..2026-11-15"), in English; renderers translate
 * @param running true while the period has not ended yet: its end is "now" (today, this week, this month, last N
 *     hours, a date or range cut at now)
 * @param kind what was asked for, so that a renderer can say it in another language
 * @param n the N of "last N days" or "last N hours"; 0 for the other kinds
 * @param lastNamedDay the last day the period is named by: for a DATE or RANGE the day as asked (a range that
 *     reaches today names days that have not begun, while it ends now); {@link #lastDay()} for the other kinds
 */
public record Period(
    String label, ZonedDateTime start, ZonedDateTime end, boolean running, Kind kind, int n, LocalDate lastNamedDay) {

  /** How the start and end of a {@link Kind#SPAN} are written in its label: "2026-11-10 14:00". */
  public static final DateTimeFormatter SPAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** What a period is, language-neutral; DATE, RANGE and SPAN are named by their label (dates and times). */
  public enum Kind {
    TODAY,
    YESTERDAY,
    LAST_DAYS,
    LAST_HOURS,
    THIS_WEEK,
    LAST_WEEK,
    THIS_MONTH,
    LAST_MONTH,
    /** One whole day, labelled "2026-11-20". */
    DATE,
    /** Whole days, labelled "2026-11-01..2026-11-15" (both days included). */
    RANGE,
    /** Any other span (a previous period that does not fall on day boundaries), labelled with times. */
    SPAN
  }

  public Period {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period end must be after its start: " + start + " .. " + end);
    }
    if (kind == null) {
      throw new IllegalArgumentException("period kind is required");
    }
    if (lastNamedDay == null) {
      lastNamedDay = end.minusNanos(1).toLocalDate();
    }
  }

  /** A period whose name ends on its own last day (every kind but a RANGE that reaches today). */
  public Period(String label, ZonedDateTime start, ZonedDateTime end, boolean running, Kind kind, int n) {
    this(label, start, end, running, kind, n, null);
  }

  /** A period described by its label only (kind SPAN). */
  public Period(String label, ZonedDateTime start, ZonedDateTime end, boolean running) {
    this(label, start, end, running, Kind.SPAN, 0);
  }

  public ZoneId zone() {
    return start.getZone();
  }

  public Instant startInstant() {
    return start.toInstant();
  }

  public Instant endInstant() {
    return end.toInstant();
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** The first calendar day (in the report timezone) the period touches. */
  public LocalDate firstDay() {
    return start.toLocalDate();
  }

  /** The last calendar day (in the report timezone) the period touches. */
  public LocalDate lastDay() {
    return end.minusNanos(1).toLocalDate();
  }

  /** Every calendar day (in the report timezone) the period touches, first to last. */
  public List<LocalDate> days() {
    return firstDay().datesUntil(lastDay().plusDays(1)).toList();
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start.toInstant()) && t.isBefore(end.toInstant());
  }
}
