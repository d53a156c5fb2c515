package app.clicks.slack;

import app.clicks.store.ClickStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The Home tab's figures of wolkvox use, read from the click store's call log and sync state. */
public final class StoreConnectionStats implements ConnectionStats {
  private final ClickStore store;
  private final ZoneId zone;

  /** @param zone the timezone whose "today" the call counts use (the report timezone) */
  public StoreConnectionStats(ClickStore store, ZoneId zone) {
    this.store = store;
    this.zone = zone;
  }

  @Override
  public long callsToday(String serverId) {
    return store.callsToday(serverId, zone);
  }

  @Override
  public int dailyBudget() {
    return store.dailyBudget();
  }

  @Override
  public Optional<Instant> lastFetch(String serverId) {
    return Optional.ofNullable(store.lastFetch(serverId));
  }
}
