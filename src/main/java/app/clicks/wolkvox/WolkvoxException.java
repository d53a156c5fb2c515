package app.clicks.wolkvox;

/**
 * A wolkvox request that failed: what kind of failure, for which server and window, with a message a person
 * can act on. Never carries the token.
 */
public final class WolkvoxException extends Exception {

  /** What went wrong, and whether trying again can help. */
  public enum Kind {
    /** 401, or 403 "PLEASE VALIDATE TOKEN", or no token at all: an admin must fix the token or whitelist the IP. */
    TOKEN_REJECTED(false),
    /** 403 "TOKEN LIMIT EXCEEDED": the daily quota of the token is spent; nothing more today. */
    QUOTA_EXCEEDED(false),
    /** 403 "EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS…": wait and retry. */
    TOO_MANY_REQUESTS(true),
    /** 5xx from wolkvox. */
    SERVER_ERROR(true),
    /** No answer within the read timeout. */
    TIMEOUT(true),
    /** Connection refused, reset or broken mid-body. */
    CONNECTION(true),
    /** HTML, truncated or malformed body, or an unexpected status/code. */
    BAD_RESPONSE(false),
    /** The bot's own daily budget of wolkvox calls for this server is spent. */
    BUDGET_EXHAUSTED(false);

    private final boolean transientFailure;

    Kind(boolean transientFailure) {
      this.transientFailure = transientFailure;
    }

    /** True when the same request may succeed if asked again later. */
    public boolean isTransient() {
      return transientFailure;
    }
  }

  private final Kind kind;
  private final String serverId;
  private final String window;

  public WolkvoxException(Kind kind, String serverId, String window, String message) {
    this(kind, serverId, window, message, null);
  }

  public WolkvoxException(Kind kind, String serverId, String window, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.serverId = serverId;
    this.window = window;
  }

  public Kind kind() {
    return kind;
  }

  public String serverId() {
    return serverId;
  }

  /** The window asked for, as date_ini..date_end, or null. */
  public String window() {
    return window;
  }
}
