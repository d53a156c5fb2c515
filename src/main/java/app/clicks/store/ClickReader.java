package app.clicks.store;

import app.clicks.report.PeriodPair;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;

/** Answers "what happened in this period and the previous one", asking wolkvox only for what it has not seen. */
public interface ClickReader {

  /** How many days (current and previous period together) would be fetched from wolkvox to answer now. */
  int daysToFetch(WolkvoxConnection connection, PeriodPair periods);

  /**
   * Syncs what is missing or stale, then aggregates both periods from the store.
   *
   * @throws WolkvoxException when wolkvox fails and nothing usable is stored for a missing day
   * @throws StoreException when the database fails
   */
  StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose)
      throws WolkvoxException;

  /**
   * Starts what {@link #totals} does without waiting: the pending completes when the days are stored, and
   * {@link #finish} then reads the answer. A request whose days are all stored is done at once.
   */
  default Pending start(WolkvoxConnection connection, PeriodPair periods, Purpose purpose) {
    return Pending.ready(connection, periods, purpose);
  }

  /**
   * The totals of a pending that has completed, read from the store (this default syncs here, as {@link #totals}).
   *
   * @throws WolkvoxException when wolkvox failed and nothing usable is stored for a missing day
   */
  default StoredTotals finish(Pending pending) throws WolkvoxException {
    return totals(pending.connection(), pending.periods(), pending.purpose());
  }
}
