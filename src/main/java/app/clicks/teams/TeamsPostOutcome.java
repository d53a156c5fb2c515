package app.clicks.teams;

import java.time.Duration;

/**
 * What a Workflows webhook did with a card. Any 2xx is only "accepted": the flow runs later, and its own errors show
 * only in its run history, so nobody here can say the card was delivered.
 */
public sealed interface TeamsPostOutcome {

  /** How the App Home and the delivery log name an outcome. */
  enum Result {
    ACCEPTED,
    REFUSED,
    RETRY_LATER,
    UNREACHABLE,
    UNCLEAR
  }

  Result result();

  /** The HTTP status, or null when there was none. */
  Integer status();

  /** Any 2xx (usually 202 with an empty body). */
  record Accepted(int code) implements TeamsPostOutcome {
    public Result result() {
      return Result.ACCEPTED;
    }

    public Integer status() {
      return code;
    }
  }

  /** A 4xx other than 429: the URL is wrong, expired or the flow is off. Trying again will not help. */
  record Refused(int code) implements TeamsPostOutcome {
    public Result result() {
      return Result.REFUSED;
    }

    public Integer status() {
      return code;
    }
  }

  /** 429 (after the waits allowed) or 5xx: try again later, after {@code retryAfter} when Teams said. */
  record RetryLater(int code, Duration retryAfter) implements TeamsPostOutcome {
    public Result result() {
      return Result.RETRY_LATER;
    }

    public Integer status() {
      return code;
    }
  }

  /** The connection could not be made (nothing was sent). {@code reason} is an exception's class name only. */
  record Unreachable(String reason) implements TeamsPostOutcome {
    public Result result() {
      return Result.UNREACHABLE;
    }

    public Integer status() {
      return null;
    }
  }

  /** Sent, but no answer came (a timeout, a broken connection): the card may have been accepted. */
  record Unclear(String reason) implements TeamsPostOutcome {
    public Result result() {
      return Result.UNCLEAR;
    }

    public Integer status() {
      return null;
    }
  }
}
