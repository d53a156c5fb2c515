package app.clicks.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** What the Home tab tells about a wolkvox server's use: calls made today, the daily budget, the last fetch. */
public interface ConnectionStats {

  /**
   * wolkvox calls made today for {@code serverId}, "today" being the day in the connection's report timezone
   * {@code zone} (the day the budget counts calls in).
   */
  long callsToday(String serverId, ZoneId zone);

  /** The bot's daily budget of wolkvox calls per server. */
  int dailyBudget();

  /** When the last successful fetch from {@code serverId} ended, if ever. */
  Optional<Instant> lastFetch(String serverId);

  /** The figures of {@code store}. */
  static ConnectionStats of(ClickStore store) {
    return new StoreConnectionStats(store);
  }
}
