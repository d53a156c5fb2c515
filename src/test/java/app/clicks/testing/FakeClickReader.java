package app.clicks.testing;

import app.clicks.report.PeriodPair;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A click store that answers what the test programs, and records each call's periods, connection and purpose.
 *
 * <p>Its answer, in this order: {@link #failure} or {@link #crash} when set; else the next step of a script ({@link
 * #then}, the last step repeats); else {@link #totals}. With a {@link #gate}, totals() first waits for the test to
 * open it (counting down {@link #entered} when it starts).
 */
public final class FakeClickReader implements ClickReader {
  /** One scripted answer. */
  public interface Step {
    StoredTotals answer(PeriodPair periods) throws WolkvoxException;
  }

  public volatile int daysToFetch;
  /** When set, start() answers a pending that waits, expected to take this long (it never completes by itself). */
  public volatile java.time.Duration estimatedWait;
  public volatile StoredTotals totals;
  public volatile WolkvoxException failure;
  public volatile RuntimeException crash;
  public volatile CountDownLatch gate;
  public final CountDownLatch entered = new CountDownLatch(1);
  public final List<PeriodPair> asked = new CopyOnWriteArrayList<>();
  public final List<WolkvoxConnection> connections = new CopyOnWriteArrayList<>();
  public final List<Purpose> purposes = new CopyOnWriteArrayList<>();
  /** The slice of each sliced call (a sliced call answers as an unsliced one). */
  public final List<app.clicks.report.Slice> slices = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();

  /** A reader that always answers {@code current} clicks against {@code previous}. */
  public static FakeClickReader answering(long current, long previous) {
    return new FakeClickReader().then(p -> TestTotals.stored(current, previous));
  }

  /** A step that fails as wolkvox would, with {@code kind}. */
  public static Step failing(WolkvoxException.Kind kind) {
    return p -> {
      throw new WolkvoxException(kind, "0042", p.current().label(), "wolkvox said " + kind);
    };
  }

  /** Adds a step to the script; the last one repeats. */
  public FakeClickReader then(Step step) {
    script.add(step);
    return this;
  }

  @Override
  public app.clicks.store.Pending start(WolkvoxConnection connection, PeriodPair periods, Purpose purpose) {
    java.time.Duration wait = estimatedWait;
    return wait == null ? app.clicks.store.Pending.ready(connection, periods, purpose)
        : app.clicks.store.Pending.waiting(connection, periods, purpose, wait);
  }

  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose,
      app.clicks.report.Slice slice) throws WolkvoxException {
    slices.add(slice);
    return totals(connection, periods, purpose);
  }

  @Override
  public int daysToFetch(WolkvoxConnection connection, PeriodPair periods) {
    return daysToFetch;
  }

  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose)
      throws WolkvoxException {
    asked.add(periods);
    connections.add(connection);
    purposes.add(purpose);
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
    Step step = script.size() > 1 ? script.poll() : script.peek();
    return step == null ? totals : step.answer(periods);
  }
}
