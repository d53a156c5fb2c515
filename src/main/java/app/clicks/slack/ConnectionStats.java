package app.clicks.slack;

import java.time.Instant;
import java.util.Optional;

/** What the Home tab tells about a wolkvox server's use: calls made today, the daily budget, the last fetch. */
public interface ConnectionStats {

  /** wolkvox calls made today for {@code serverId}. */
  long callsToday(String serverId);

  /** The bot's daily budget of wolkvox calls per server. */
  int dailyBudget();

  /** When the last successful fetch from {@code serverId} ended, if ever. */
  Optional<Instant> lastFetch(String serverId);
}
