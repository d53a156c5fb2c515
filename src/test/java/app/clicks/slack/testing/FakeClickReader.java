package app.clicks.slack.testing;

import app.clicks.report.PeriodPair;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A store that answers what the test programs: days to fetch, totals or a wolkvox failure. With a gate, totals()
 * waits for the test to open it (and counts down {@link #entered} when it starts waiting).
 */
public final class FakeClickReader implements ClickReader {
  public volatile int daysToFetch;
  public volatile StoredTotals totals;
  public volatile WolkvoxException failure;
  public volatile RuntimeException crash;
  public volatile CountDownLatch gate;
  public final CountDownLatch entered = new CountDownLatch(1);
  public final List<PeriodPair> asked = new CopyOnWriteArrayList<>();
  public final List<WolkvoxConnection> connections = new CopyOnWriteArrayList<>();

  @Override
  public int daysToFetch(WolkvoxConnection connection, PeriodPair periods) {
    return daysToFetch;
  }

  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose)
      throws WolkvoxException {
    asked.add(periods);
    connections.add(connection);
    entered.countDown();
    CountDownLatch g = gate;
    if (g != null) {
      try {
        if (!g.await(20, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never opened the gate");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    if (crash != null) {
      throw crash;
    }
    return totals;
  }
}
