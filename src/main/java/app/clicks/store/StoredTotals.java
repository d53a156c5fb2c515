package app.clicks.store;

import app.clicks.report.Totals;
import java.time.Instant;

/**
 * The aggregates of a period and its previous period as the store holds them after syncing.
 *
 * @param fetchedAt when the freshest of the days involved was fetched from wolkvox (null when never)
 * @param storeOnly true when some day could not be fetched (the bot's daily budget is spent) and is given as stored
 * @param requests wolkvox requests this answer cost
 */
public record StoredTotals(Totals current, Totals previous, Instant fetchedAt, boolean storeOnly, int requests) {}
