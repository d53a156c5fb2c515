package app.clicks.slack.files;

import java.time.Duration;

/** What Slack did with one step of a file's way into a conversation (or with a conversation call). */
public sealed interface FileOutcome {

  /** The call that answered: which step of the flow. */
  enum Step { JOIN, OPEN, INFO, GET_UPLOAD_URL, UPLOAD, COMPLETE }

  /** Done; {@code id} is the file's id (an upload), the DM's channel id (open) or the channel's (join, info). */
  record Ok(String id) implements FileOutcome {}

  /** The install lacks a scope ({@code needed}, e.g. files:write): the app must be reinstalled to grant it. */
  record MissingScope(Step step, String needed) implements FileOutcome {}

  /** The bot is not a member of the channel (a private channel needs an invitation). */
  record NotInChannel(Step step) implements FileOutcome {}

  /** HTTP 429 or "ratelimited": try again after {@code retryAfter} (Slack's Retry-After). */
  record RateLimited(Step step, Duration retryAfter) implements FileOutcome {}

  /**
   * Any other failure: Slack's error code (or "http_502", "unreachable", …).
   *
   * @param unclear true when files.completeUploadExternal got no answer: the file may have been shared
   */
  record Failed(Step step, String error, boolean unclear) implements FileOutcome {}

  default boolean ok() {
    return this instanceof Ok;
  }
}
