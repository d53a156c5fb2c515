package app.clicks.store;

import app.clicks.report.Totals;
import app.clicks.wolkvox.ClickSource;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregates of a period and its previous period as the store holds them after syncing.
 *
 * @param fetchedAt when the freshest of the days involved was fetched from wolkvox (null when never)
 * @param storeOnly true when some day could not be fetched (the bot's daily budget is spent) and is given as stored
 * @param requests wolkvox requests this answer cost
 * @param source what answers say the data came from (the click source's name: "wolkvox", or "demo")
 */
public record StoredTotals(Totals current, Totals previous, Instant fetchedAt, boolean storeOnly, int requests,
    String source) {
  /** Totals from wolkvox. */
  public StoredTotals(Totals current, Totals previous, Instant fetchedAt, boolean storeOnly, int requests) {
    this(current, previous, fetchedAt, storeOnly, requests, ClickSource.WOLKVOX);
  }

  public StoredTotals {
    source = source == null ? ClickSource.WOLKVOX : source;
  }

  /** The ids of both periods' agents, routing points and outcomes: what the directory is asked to know. */
  public SeenIds seenIds() {
    Set<String> agents = new HashSet<>();
    Set<String> routingPoints = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Totals t : List.of(current, previous)) {
      agents.addAll(t.agents().keySet());
      routingPoints.addAll(t.routingPoints().keySet());
      codes.addAll(t.outcomes().keySet());
    }
    return new SeenIds(agents, routingPoints, codes);
  }
}
