package app.clicks.alerts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When the alerts watch, in the report timezone: from {@code from} to {@code to} on the chosen days. A "to" before
 * "from" runs through midnight, and a "to" equal to "from" makes a whole day (24 h of wall-clock time from "from"); a
 * window belongs to the day it starts on. Across a day-saving change a window is as long as the clock says (an
 * 08:00–20:00 window lasts 12 h of wall time, 11 h or 13 h of real time on a night that skips or repeats an hour
 * inside it). Pure.
 */
public record BusinessHours(LocalTime from, LocalTime to, Set<DayOfWeek> days, ZoneId zone) {
  /** One business-hours window, start inclusive, end exclusive. */
  public record Window(ZonedDateTime start, ZonedDateTime end) {
    boolean contains(Instant t) {
      return !t.isBefore(start.toInstant()) && t.isBefore(end.toInstant());
    }
  }

  public BusinessHours {
    if (from == null || to == null || zone == null) {
      throw new IllegalArgumentException("business hours need a start, an end and a timezone");
    }
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    if (days.isEmpty()) {
      throw new IllegalArgumentException("business hours need at least one day");
    }
  }

  /** True when a window ends on the next calendar day (to at or before from). */
  public boolean throughMidnight() {
    return !to.isAfter(from);
  }

  /** The window that starts on {@code day}, if {@code day} is one of the chosen days. */
  public Optional<Window> windowOn(LocalDate day) {
    if (!days.contains(day.getDayOfWeek())) {
      return Optional.empty();
    }
    ZonedDateTime start = day.atTime(from).atZone(zone);
    ZonedDateTime end = (throughMidnight() ? day.plusDays(1) : day).atTime(to).atZone(zone);
    return Optional.of(new Window(start, end));
  }

  /** The window {@code t} falls in, if any. */
  public Optional<Window> windowAt(Instant t) {
    LocalDate day = t.atZone(zone).toLocalDate();
    for (LocalDate d : new LocalDate[] {day, day.minusDays(1)}) {
      Optional<Window> w = windowOn(d).filter(x -> x.contains(t));
      if (w.isPresent()) {
        return w;
      }
    }
    return Optional.empty();
  }

  public boolean contains(Instant t) {
    return windowAt(t).isPresent();
  }

  /** How much of [{@code a}, {@code b}) falls within business hours. */
  public Duration within(Instant a, Instant b) {
    if (!a.isBefore(b)) {
      return Duration.ZERO;
    }
    Duration sum = Duration.ZERO;
    LocalDate first = a.atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = b.atZone(zone).toLocalDate();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      Optional<Window> w = windowOn(d);
      if (w.isEmpty()) {
        continue;
      }
      Instant s = max(a, w.get().start().toInstant());
      Instant e = min(b, w.get().end().toInstant());
      if (s.isBefore(e)) {
        sum = sum.plus(Duration.between(s, e));
      }
    }
    return sum;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
