package app.clicks.wolkvox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Reads wolkvox's three date shapes ("yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyyMMddHHmmss") as wall-clock
 * time in a report timezone, by hand: this runs once per record.
 */
final class WolkvoxDates {
  private final ZoneId zone;
  private final ZoneOffset fixed;

  WolkvoxDates(ZoneId zone) {
    this.zone = zone;
    ZoneRules rules = zone.getRules();
    this.fixed = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
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
        || d > LocalDate.of(y, mo, 1).lengthOfMonth()) {
      return null;
    }
    if (fixed != null) {
      long epochDay = LocalDate.of(y, mo, d).toEpochDay();
      return Instant.ofEpochSecond(epochDay * 86_400L + h * 3600L + mi * 60L + se - fixed.getTotalSeconds());
    }
    return LocalDateTime.of(y, mo, d, h, mi, se).atZone(zone).toInstant();
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
