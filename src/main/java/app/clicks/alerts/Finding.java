package app.clicks.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What a rule says at a check: firing, normal, or unknown (it cannot tell: the drop's week-earlier span held fewer
 * clicks than its minimum, or an ad that no longer qualifies is still silent), with the facts an alert shows.
 *
 * @param ad the ad's source_id for {@link AlertRule#AD_STOPPED}, "" otherwise
 */
public record Finding(AlertRule rule, String ad, Verdict verdict, Facts facts) {

  public enum Verdict {
    FIRING,
    NORMAL,
    UNKNOWN
  }

  /** What an alert (or its "back to normal") says. */
  public sealed interface Facts {}

  /**
   * No click since {@code since} (null: none in the {@code lookbackDays} days read), {@code quietFor} of business
   * time; {@code weekAgo} clicks in the same whole local hours a week earlier (null when they were not read).
   */
  public record SilenceFacts(Instant since, Duration quietFor, int lookbackDays, Long weekAgo) implements Facts {}

  /**
   * {@code today} clicks in [spanStart, spanEnd) of the report timezone against {@code weekAgo} in the same span a week
   * earlier.
   */
  public record DropFacts(long today, long weekAgo, LocalDateTime spanStart, LocalDateTime spanEnd, int percent)
      implements Facts {}

  /** The ad {@code adId} ({@code url}) had {@code weekClicks} in the 7 days before today; none since {@code since}. */
  public record AdFacts(String adId, String url, long weekClicks, Instant since, Duration quietFor)
      implements Facts {}

  public boolean firing() {
    return verdict == Verdict.FIRING;
  }
}
