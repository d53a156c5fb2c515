package app.clicks.digest;

import java.time.Duration;

/** What Slack (or Teams) did with a digest or note the {@link DigestPoster} tried to post. */
public sealed interface PostOutcome {

  /** Posted; {@code ts} is the message's timestamp. */
  record Posted(String ts) implements PostOutcome {}

  /** not_in_channel: the bot must be invited to the (private) channel. */
  record NotInChannel() implements PostOutcome {}

  /** channel_not_found, is_archived: the channel is gone; {@code error} is Slack's error code. */
  record ChannelGone(String error) implements PostOutcome {}

  /** HTTP 429: try again after {@code retryAfter}. */
  record RateLimited(Duration retryAfter) implements PostOutcome {}

  /** Not posted, and may pass (Teams' 429 still there after the waits, a 5xx, unreachable): try again later. */
  record TryLater(String detail) implements PostOutcome {}

  /** A timeout or broken connection after the request was sent: Slack may have posted it. */
  record Unclear(String detail) implements PostOutcome {}

  /** Any other error Slack answered with ({@code error} is its code, e.g. "invalid_blocks"). */
  record OtherFailure(String error) implements PostOutcome {}
}
