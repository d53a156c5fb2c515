package app.clicks.digest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The result of a workspace's last scheduled digest run, for the App Home. Stored as its outcome; the text's key
 * follows from it.
 *
 * @param day the day the digest covered (may be null for a failure before the day was known)
 * @param detail a short detail (an error code, the retry time), never a token; may be null
 */
public record LastRun(Instant at, LocalDate day, DigestOutcome outcome, String detail) {
  public static LastRun of(Instant at, LocalDate day, DigestOutcome outcome, String detail) {
    return new LastRun(at, day, outcome, detail);
  }

  /** The App Home text's key ({@link DigestOutcome#messageKey()}). */
  public String messageKey() {
    return outcome.messageKey();
  }
}
