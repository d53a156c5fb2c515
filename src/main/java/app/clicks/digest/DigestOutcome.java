package app.clicks.digest;

import java.util.Locale;

/** How a digest run ended; the App Home shows it by its message key. */
public enum DigestOutcome {
  /** The digest was posted. */
  POSTED(true),
  /** No clicks that day; a short note was posted. */
  NO_CLICKS_NOTE(true),
  /** No clicks that day; nothing was posted, as set. */
  NO_CLICKS_SKIPPED(true),
  /** Another firing (or instance) already has this day's digest; nothing done. Not stored. */
  ALREADY_CLAIMED(false),
  /** The digest is off or gone; nothing done. Not stored. */
  OFF(false),
  /** The run started more than DIGEST_MISFIRE_HOURS late and was skipped. */
  MISSED(true),
  /** wolkvox is not connected (or its token cannot be read): an admin must connect it. */
  NOT_CONNECTED(true),
  /** The bot is not in the (private) channel: invite it. */
  NOT_IN_CHANNEL(true),
  /** The channel is archived or gone; the digest was turned off. */
  CHANNEL_GONE(true),
  /** Slack may or may not have posted it (timeout after sending); it will not be posted again. */
  UNCLEAR(true),
  /** Slack refused the message for another reason. */
  POST_FAILED(true),
  /** wolkvox (or Slack's rate limit) failed for now; a retry is scheduled. */
  RETRY_SCHEDULED(true),
  /** wolkvox kept failing for an hour; the digest for that day was given up. */
  WOLKVOX_UNAVAILABLE(true),
  /** wolkvox refused the token (or this server's IP): an admin must fix the token or the whitelist. */
  TOKEN_REJECTED(true),
  /** wolkvox's daily quota for the token is spent. */
  QUOTA_EXCEEDED(true),
  /** wolkvox answered something unusable, or the bot's own budget is spent. */
  WOLKVOX_FAILED(true),
  /** Something unexpected failed; see the logs by workspace id. */
  FAILED(true);

  private final boolean stored;

  DigestOutcome(boolean stored) {
    this.stored = stored;
  }

  /** True when the outcome is written as the workspace's last run. */
  public boolean stored() {
    return stored;
  }

  /** The key of the App Home text, e.g. "digest.outcome.not_in_channel". */
  public String messageKey() {
    return "digest.outcome." + name().toLowerCase(Locale.ROOT);
  }
}
