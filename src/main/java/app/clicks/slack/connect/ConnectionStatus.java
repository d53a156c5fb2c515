package app.clicks.slack.connect;

import app.clicks.store.ConnectionVerdict;
import java.time.Instant;
import java.util.Optional;

/**
 * What the Home tab shows about the wolkvox connection besides the settings: use of the server and the last test.
 *
 * @param use the server's wolkvox calls today and last fetch; empty while the workspace's own token is not proven on
 *     the server (another workspace may have typed its id), or when there is no server
 * @param verdict the last connection test's outcome, if one is known
 * @param testing true while a connection test runs
 */
record ConnectionStatus(Optional<ServerUse> use, Optional<ConnectionVerdict> verdict, boolean testing) {

  /** A wolkvox server's use: calls made today of the daily budget, and when the last fetch from it ended. */
  record ServerUse(long callsToday, int dailyBudget, Optional<Instant> lastFetch) {}

  static ConnectionStatus unknown() {
    return new ConnectionStatus(Optional.empty(), Optional.empty(), false);
  }

  /** The bundle key of the message that explains {@code verdict} and what to do. */
  static String textKey(ConnectionVerdict verdict) {
    if (verdict.unexpected()) {
      return "verdict.unexpected";
    }
    return verdict.failure() == null ? "verdict.connected" : "verdict." + verdict.failure().name();
  }
}
