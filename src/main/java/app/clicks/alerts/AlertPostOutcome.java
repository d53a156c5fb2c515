package app.clicks.alerts;

import java.time.Duration;

/** What the destination did with an alert. */
public sealed interface AlertPostOutcome {

  /** Posted; {@code ts} is the message's id (its timestamp in Slack; null in Teams, whose webhook gives none). */
  record Posted(String ts) implements AlertPostOutcome {}

  /** HTTP 429: try again after {@code retryAfter} (waited out inline when short, else left for a later check). */
  record RateLimited(Duration retryAfter) implements AlertPostOutcome {}

  /**
   * Not taken now, and nothing was posted (Teams: a 429 still there after its waits, a 5xx, a host not reached): left
   * for a later check, within the alert's rules.
   */
  record RetryLater(String detail) implements AlertPostOutcome {}

  /** A timeout or broken connection after the request was sent: it may have been posted. */
  record Unclear(String detail) implements AlertPostOutcome {}

  /** Refused ({@code error}: e.g. not_in_channel, channel_not_found, HTTP 400); nothing was posted. */
  record Failed(String error) implements AlertPostOutcome {}
}
