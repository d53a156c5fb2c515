package app.clicks.alerts;

import java.time.Duration;

/** What the destination did with an alert. */
public sealed interface AlertPostOutcome {

  /** Posted; {@code ts} is the message's id (its timestamp in Slack). */
  record Posted(String ts) implements AlertPostOutcome {}

  /** HTTP 429: try again after {@code retryAfter}. */
  record RateLimited(Duration retryAfter) implements AlertPostOutcome {}

  /** A timeout or broken connection after the request was sent: it may have been posted. */
  record Unclear(String detail) implements AlertPostOutcome {}

  /** Refused ({@code error}: e.g. not_in_channel, channel_not_found); nothing was posted. */
  record Failed(String error) implements AlertPostOutcome {}
}
