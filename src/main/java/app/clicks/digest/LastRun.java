package app.clicks.digest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The result of a workspace's last scheduled digest run, for the App Home.
 *
 * @param day the day the digest covered (may be null for a failure before the day was known)
 * @param messageKey the App Home text's key ({@link DigestOutcome#messageKey()})
 * @param detail a short detail (an error code, the retry time), never a token; may be null
 */
public record LastRun(Instant at, LocalDate day, DigestOutcome outcome, String messageKey, String detail) {
  public static LastRun of(Instant at, LocalDate day, DigestOutcome outcome, String detail) {
    return new LastRun(at, day, outcome, outcome.messageKey(), detail);
  }
}
