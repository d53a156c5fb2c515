package app.clicks.store;

import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
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
   * As {@link #totals(WolkvoxConnection, PeriodPair, Purpose)}, for one slice of the clicks (a routing point, an ad),
   * read from per-day aggregates: the same days are synced, and a month's slice never scans a month of clicks.
   *
   * @throws WolkvoxException when wolkvox fails and nothing usable is stored for a missing day
   * @throws StoreException when the database fails
   */
  default StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose, Slice slice)
      throws WolkvoxException {
    if (slice.isAll()) {
      return totals(connection, periods, purpose);
    }
    throw new UnsupportedOperationException("this reader has no sliced aggregates");
  }

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
