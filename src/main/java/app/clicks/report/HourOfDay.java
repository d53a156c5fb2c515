package app.clicks.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The hour of day (0..23) and the day of instants in a zone, fast: it keeps the offset of the span between two transitions
 * it last looked at, so most instants cost a comparison and some arithmetic. Not thread-safe.
 */
final class HourOfDay {
  private final ZoneRules rules;
  private long validFrom = Long.MAX_VALUE;
  private long validTo = Long.MIN_VALUE;
  private long offsetSeconds;

  HourOfDay(ZoneId zone) {
    this.rules = zone.getRules();
  }

  int of(Instant t) {
    long s = t.getEpochSecond();
    if (s < validFrom || s >= validTo) {
      learn(t);
    }
    return (int) Math.floorMod(s + offsetSeconds, 86_400L) / 3600;
  }

  /** The day of {@code t} in the zone, as an epoch day ({@link java.time.LocalDate#ofEpochDay}). */
  long epochDay(Instant t) {
    long s = t.getEpochSecond();
    if (s < validFrom || s >= validTo) {
      learn(t);
    }
    return Math.floorDiv(s + offsetSeconds, 86_400L);
  }

  private void learn(Instant t) {
    offsetSeconds = rules.getOffset(t).getTotalSeconds();
    if (rules.isFixedOffset()) {
      validFrom = Long.MIN_VALUE;
      validTo = Long.MAX_VALUE;
      return;
    }
    ZoneOffsetTransition before = rules.previousTransition(t.plusNanos(1));
    ZoneOffsetTransition after = rules.nextTransition(t);
    validFrom = before == null ? Long.MIN_VALUE : before.getInstant().getEpochSecond();
    validTo = after == null ? Long.MAX_VALUE : after.getInstant().getEpochSecond();
  }
}
