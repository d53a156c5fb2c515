package app.clicks.teams;

import java.time.Instant;

/**
 * The last card this app posted to a workspace's Workflows webhook, as the App Home shows it.
 *
 * @param status the HTTP status, or null when there was none (unreachable, no clear answer)
 */
public record LastPost(Instant at, Kind kind, TeamsPostOutcome.Result result, Integer status) {

  /** What the card was. */
  public enum Kind {
    TEST,
    DIGEST,
    NOTE,
    ALERT
  }

  static LastPost of(Instant at, Kind kind, TeamsPostOutcome outcome) {
    return new LastPost(at, kind, outcome.result(), outcome.status());
  }
}
