package app.clicks.slack.clicks;

import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the "Share in channel" button keeps to rebuild its answer: when it was asked (so "yesterday" stays the same
 * day), the top N and the period words. Encoded as "1|epochSecond|topN|words", within Slack's 2000-character limit.
 * The words of an answer reached with "Previous period" start with one {@value #BACK} for each step back
 * ("<last 7 days": the 7 days before last 7 days), so that its own buttons rebuild the same periods.
 */
record ShareValue(long askedAt, int topN, String words) {
  /** Slack's limit on a button value. */
  static final int MAX_LENGTH = 2000;

  /** Before the words: one period further back (Periods.previous) than the rest of the words mean. */
  static final char BACK = '<';

  /**
   * The periods {@code words} mean as of {@code askedAt} in {@code zone}: Periods.parse, then one Periods.previous
   * for each leading {@value #BACK}.
   *
   * @throws app.clicks.report.PeriodException when the words name no period
   */
  static PeriodPair periods(String words, Instant askedAt, ZoneId zone) {
    String w = words == null ? "" : words;
    int back = 0;
    while (back < w.length() && w.charAt(back) == BACK) {
      back++;
    }
    PeriodPair periods = Periods.parse(w.substring(back), Clock.fixed(askedAt, zone), zone);
    for (int i = 0; i < back; i++) {
      periods = Periods.previous(periods);
    }
    return periods;
  }

  /** The button value, or empty when the words are too long to fit (then no button is shown). */
  static Optional<String> encode(ShareValue v) {
    String s = "1|" + v.askedAt + "|" + v.topN + "|" + v.words;
    return s.length() <= MAX_LENGTH ? Optional.of(s) : Optional.empty();
  }

  /** Reads a button value; empty when it is not one of ours. */
  static Optional<ShareValue> decode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split("\\|", 4);
    if (parts.length != 4 || !parts[0].equals("1")) {
      return Optional.empty();
    }
    try {
      int topN = Integer.parseInt(parts[2]);
      if (topN < 1 || topN > CommandText.MAX_TOP) {
        return Optional.empty();
      }
      return Optional.of(new ShareValue(Long.parseLong(parts[1]), topN, parts[3]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
