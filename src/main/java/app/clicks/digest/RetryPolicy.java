package app.clicks.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the digest tries again: Slack 429s waited out in the job (a bounded number of times, each wait capped), and
 * transient wolkvox failures retried by one-shot triggers after growing delays, for a limited time.
 *
 * @param backoff delays before retry 1, 2, …; the last one repeats
 * @param horizon no retry later than this after the first attempt
 * @param rateLimitRetries how many times a 429 is waited out within one run
 * @param maxRetryAfter the longest Retry-After waited within a run; longer ones become a retry trigger
 */
public record RetryPolicy(List<Duration> backoff, Duration horizon, int rateLimitRetries, Duration maxRetryAfter) {
  public static final RetryPolicy DEFAULTS =
      new RetryPolicy(
          List.of(Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20)),
          Duration.ofHours(1),
          3,
          Duration.ofSeconds(30));

  public RetryPolicy {
    backoff = List.copyOf(backoff);
    if (backoff.isEmpty()) {
      throw new IllegalArgumentException("backoff needs at least one delay");
    }
  }

  /** When retry number {@code retry} (1-based) should run, or empty when that is past {@code until}. */
  public Optional<Instant> nextRetry(int retry, Instant now, Instant until) {
    Duration delay = backoff.get(Math.min(Math.max(retry, 1), backoff.size()) - 1);
    Instant at = now.plus(delay);
    return at.isAfter(until) ? Optional.empty() : Optional.of(at);
  }
}
