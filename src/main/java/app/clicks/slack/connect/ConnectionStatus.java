package app.clicks.slack.connect;

import app.clicks.store.ConnectionVerdict;
import java.time.Instant;
import java.util.Optional;

/**
 * What the Home tab shows about the wolkvox connection besides the settings: use of the server and the last test.
 *
 * @param verdict the last connection test's outcome, if one is known
 * @param testing true while a connection test runs
 */
record ConnectionStatus(
    long callsToday, int dailyBudget, Optional<Instant> lastFetch, Optional<ConnectionVerdict> verdict, boolean testing) {

  static ConnectionStatus unknown() {
    return new ConnectionStatus(0, 0, Optional.empty(), Optional.empty(), false);
  }

  /** The bundle key of the message that explains {@code verdict} and what to do. */
  static String textKey(ConnectionVerdict verdict) {
    if (verdict.unexpected()) {
      return "verdict.unexpected";
    }
    return verdict.failure() == null ? "verdict.connected" : "verdict." + verdict.failure().name();
  }
}
