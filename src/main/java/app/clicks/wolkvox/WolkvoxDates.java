package app.clicks.wolkvox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Reads wolkvox's three date shapes ("yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyyMMddHHmmss") as wall-clock
 * time in a report timezone, by hand: this runs once per record.
 */
final class WolkvoxDates {
  private final ZoneId zone;
  private final ZoneRules rules;
  /** Local epoch seconds in [cacheFrom, cacheTo) all map to an instant by subtracting cacheOffset. */
  private long cacheFrom = 1;
  private long cacheTo = 0;
  private long cacheOffset;

  WolkvoxDates(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    if (rules.isFixedOffset()) {
      cacheFrom = Long.MIN_VALUE;
      cacheTo = Long.MAX_VALUE;
      cacheOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    }
  }

  /** The instant {@code s} names, or null when it is none of the three shapes or not a real date. */
  Instant parse(String s) {
    if (s == null) {
      return null;
    }
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    int len = end - start;
    int y;
    int mo;
    int d;
    int h;
    int mi;
    int se;
    int after;
    if (len >= 19 && s.charAt(start + 4) == '-' && s.charAt(start + 7) == '-'
        && (s.charAt(start + 10) == ' ' || s.charAt(start + 10) == 'T')
        && s.charAt(start + 13) == ':' && s.charAt(start + 16) == ':') {
      y = num(s, start, 4);
      mo = num(s, start + 5, 2);
      d = num(s, start + 8, 2);
      h = num(s, start + 11, 2);
      mi = num(s, start + 14, 2);
      se = num(s, start + 17, 2);
      after = start + 19;
    } else if (len >= 14) {
      y = num(s, start, 4);
      mo = num(s, start + 4, 2);
      d = num(s, start + 6, 2);
      h = num(s, start + 8, 2);
      mi = num(s, start + 10, 2);
      se = num(s, start + 12, 2);
      after = start + 14;
    } else {
      return null;
    }
    if (after < end && !fraction(s, after, end)) {
      return null;
    }
    if ((y | mo | d | h | mi | se) < 0 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59
        || d > daysInMonth(y, mo)) {
      return null;
    }
    long local = epochDay(y, mo, d) * 86_400L + h * 3600L + mi * 60L + se;
    if (local < cacheFrom || local >= cacheTo) {
      remember(LocalDateTime.of(y, mo, d, h, mi, se));
    }
    return Instant.ofEpochSecond(local - cacheOffset);
  }

  /**
   * Finds the offset of {@code t} and the span of local times around it that have only that offset (between the
   * zone's transitions, gaps and overlaps excluded), so that most dates need no zone lookup.
   */
  private void remember(LocalDateTime t) {
    Instant at = t.atZone(zone).toInstant();
    ZoneOffset offset = rules.getOffset(at);
    ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(at);
    long local = t.toEpochSecond(ZoneOffset.UTC);
    cacheOffset = offset.getTotalSeconds();
    cacheFrom = prev == null ? Long.MIN_VALUE : prev.toEpochSecond()
        + Math.max(prev.getOffsetBefore().getTotalSeconds(), prev.getOffsetAfter().getTotalSeconds());
    cacheTo = next == null ? Long.MAX_VALUE : next.toEpochSecond()
        + Math.min(next.getOffsetBefore().getTotalSeconds(), next.getOffsetAfter().getTotalSeconds());
    if (local < cacheFrom || local >= cacheTo) {
      // t itself is in a gap or an overlap: remember nothing, this one date takes the slow way
      cacheFrom = local;
      cacheTo = local + 1;
      cacheOffset = local - at.getEpochSecond();
    }
  }

  private static int daysInMonth(int y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days from 1970-01-01 (the algorithm of LocalDate#toEpochDay, without the object). */
  private static long epochDay(long y, int m, int d) {
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367 * m - 362) / 12;
    total += d - 1;
    if (m > 2) {
      total--;
      if (!(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) {
        total--;
      }
    }
    return total - 719_528;
  }

  /** True when s[from, end) is a fraction of a second: a dot and digits. */
  private static boolean fraction(String s, int from, int end) {
    if (s.charAt(from) != '.' || from + 1 == end) {
      return false;
    }
    for (int i = from + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number written by {@code n} digits at {@code from}, or -1 when one is not a digit. */
  private static int num(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
