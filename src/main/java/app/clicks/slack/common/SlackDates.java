package app.clicks.slack.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates in mrkdwn that Slack shows in each reader's own timezone, with a UTC fallback. */
public final class SlackDates {
  private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private SlackDates() {}

  public static String of(Instant at) {
    return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|"
        + FALLBACK.format(at.atOffset(ZoneOffset.UTC)) + ">";
  }
}
