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
public record ConnectionStatus(
    long callsToday, int dailyBudget, Optional<Instant> lastFetch, Optional<ConnectionVerdict> verdict, boolean testing) {

  public static ConnectionStatus unknown() {
    return new ConnectionStatus(0, 0, Optional.empty(), Optional.empty(), false);
  }
}
