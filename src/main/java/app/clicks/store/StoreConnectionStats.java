package app.clicks.store;

import app.clicks.store.ClickStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The Home tab's figures of wolkvox use, read from the click store's call log and sync state. */
public final class StoreConnectionStats implements ConnectionStats {
  private final ClickStore store;

  public StoreConnectionStats(ClickStore store) {
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
