package app.clicks.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The figures of wolkvox use, read from the click store's call log and sync state. */
final class StoreConnectionStats implements ConnectionStats {
  private final ClickStore store;

  StoreConnectionStats(ClickStore store) {
    this.store = store;
  }

  @Override
  public long callsToday(String serverId, ZoneId zone) {
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
