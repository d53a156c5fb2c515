package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A wolkvox stand-in behind the ClickSource interface: serves the records of its "world" that fall in a window,
 * counts requests, splits a window whose answer reaches the cap (discarding that answer, as the client does),
 * and can go through a request gate, fail, or pause inside a request.
 */
final class FakeSource implements ClickSource {
  /** Runs inside a request, after its records were sent and before it completes. */
  interface Pause {
    void inside(Window window) throws InterruptedException;
  }

  final List<ClickRecord> world = new CopyOnWriteArrayList<>();
  final List<Window> windows = new CopyOnWriteArrayList<>();
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  volatile int cap = Integer.MAX_VALUE;
  volatile RequestGate gate;
  volatile Pause pause;
  volatile WolkvoxException failure;

  FakeSource add(Collection<ClickRecord> records) {
    world.addAll(records);
    return this;
  }

  @Override
  public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
    windows.add(window);
    return request(connection, window, receiver);
  }

  private int request(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
    requests.incrementAndGet();
    if (failure != null) {
      throw failure;
    }
    List<ClickRecord> answer = new ArrayList<>();
    for (ClickRecord r : world) {
      LocalDateTime t = r.date() == null ? undatedTime(r) : LocalDateTime.ofInstant(r.date(), connection.zone());
      if (!t.isBefore(window.from()) && !t.isAfter(window.to())) {
        answer.add(r);
      }
    }
    RequestGate.Permit permit = null;
    try {
      permit = gate == null ? null : gate.acquire(connection.serverId());
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      WindowReceiver.Batch batch = receiver.open(window);
      answer.stream().limit(cap).forEach(batch);
      if (pause != null) {
        pause.inside(window);
      }
      inFlight.decrementAndGet();
      if (answer.size() >= cap && window.seconds() > 1) {
        batch.discard();
        if (permit != null) {
          permit.close();
          permit = null;
        }
        LocalDateTime mid = window.from().plusSeconds(window.seconds() / 2);
        return 1 + request(connection, new Window(window.from(), mid.minusSeconds(1)), receiver)
            + request(connection, new Window(mid, window.to()), receiver);
      }
      batch.commit();
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WolkvoxException(WolkvoxException.Kind.CONNECTION, connection.serverId(), window.toString(), "stop");
    } finally {
      if (permit != null) {
        permit.close();
      }
    }
  }

  /** Undated records carry their day in rawDate ("yyyy-MM-dd?") so the stand-in knows where they belong. */
  private static LocalDateTime undatedTime(ClickRecord r) {
    return LocalDate.parse(r.rawDate().substring(0, 10)).atTime(12, 0);
  }
}
