package app.clicks.testing;

import app.clicks.store.ConnectionStats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The Home tab's wolkvox figures, as the test sets them; keeps the timezone whose "today" it was last asked for. */
public final class FakeConnectionStats implements ConnectionStats {
  private final long callsToday;
  private final int dailyBudget;
  private final Optional<Instant> lastFetch;
  public volatile ZoneId callsZone;

  public FakeConnectionStats(long callsToday, int dailyBudget, Optional<Instant> lastFetch) {
    this.callsToday = callsToday;
    this.dailyBudget = dailyBudget;
    this.lastFetch = lastFetch;
  }

  @Override
  public long callsToday(String serverId, ZoneId zone) {
    callsZone = zone;
    return callsToday;
  }

  @Override
  public int dailyBudget() {
    return dailyBudget;
  }

  @Override
  public Optional<Instant> lastFetch(String serverId) {
    return lastFetch;
  }
}
