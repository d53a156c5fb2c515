package app.clicks.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A span of time in the report timezone: start inclusive, end exclusive.
 *
 * @param label how a person names it ("yesterday", "2026-11-01..2026-11-15"), in English; renderers translate
 * @param running true while the period has not ended yet (today, this week, this month)
 */
public record Period(String label, ZonedDateTime start, ZonedDateTime end, boolean running) {

  public Period {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period end must be after its start: " + start + " .. " + end);
    }
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

  public boolean contains(Instant t) {
    return !t.isBefore(start.toInstant()) && t.isBefore(end.toInstant());
  }
}
