package app.clicks.testing;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A wolkvox behind the ClickSource interface: serves the records of its {@link #world} that fall in the asked
 * window, counts requests, splits a window whose answer reaches the {@link #cap} (discarding that answer, as the
 * client does), and can go through a request gate, fail, crash or pause inside a request. It keeps what it was asked.
 */
public final class FakeClickSource implements ClickSource {
  /** What a fetch was asked: the connection and the window. */
  public record Asked(WolkvoxConnection connection, Window window) {}

  /** Runs inside a request, after its records were sent and before it completes. */
  public interface Pause {
    void inside(Window window) throws InterruptedException;
  }

  public final List<ClickRecord> world = new CopyOnWriteArrayList<>();
  /** Each fetch, to take in order (take() waits for a fetch made on another thread). */
  public final BlockingQueue<Asked> asked = new LinkedBlockingQueue<>();
  /** The window of every fetch, kept. */
  public final List<Window> windows = new CopyOnWriteArrayList<>();
  /** HTTP requests made, splits included. */
  public final AtomicInteger requests = new AtomicInteger();
  public final AtomicInteger inFlight = new AtomicInteger();
  public final AtomicInteger maxInFlight = new AtomicInteger();
  public volatile int cap = Integer.MAX_VALUE;
  public volatile RequestGate gate;
  public volatile Pause pause;
  /** When set, every fetch throws it, as a bug would (not a wolkvox failure). */
  public volatile RuntimeException crash;
  private volatile WolkvoxException failure;
  private volatile WolkvoxException.Kind failureKind;
  private volatile int reportedRequests;

  /** {@code n} chats at {@code at}, one record each, for tests that count what came back. */
  public static List<ClickRecord> chats(int n, Instant at) {
    String rawDate = LocalDateTime.ofInstant(at, ZoneId.of("America/Bogota")).toString().replace('T', ' ');
    List<ClickRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ClickRecord("https://fb.me/ad" + i, "ad", "ad" + i, "chat" + i, "rp", "agent" + i, "image", "", at,
          rawDate, "1"));
    }
    return out;
  }

  public FakeClickSource add(Collection<ClickRecord> records) {
    world.addAll(records);
    return this;
  }

  public FakeClickSource add(ClickRecord... records) {
    return add(Arrays.asList(records));
  }

  /** Every request fails with {@code e}, until {@link #succeed()}. */
  public void failWith(WolkvoxException e) {
    failure = e;
    failureKind = null;
  }

  /** Every request fails as wolkvox would with {@code kind}, for the asked server and window. */
  public void failWith(WolkvoxException.Kind kind) {
    failureKind = kind;
    failure = null;
  }

  public void succeed() {
    failure = null;
    failureKind = null;
  }

  /** Each fetch says it made {@code n} requests (as one split by wolkvox's cap would); 0: the requests it made. */
  public void reportRequests(int n) {
    reportedRequests = n;
  }

  @Override
  public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
    asked.add(new Asked(connection, window));
    windows.add(window);
    if (crash != null) {
      throw crash;
    }
    int made = request(connection, window, receiver);
    return reportedRequests > 0 ? reportedRequests : made;
  }

  private int request(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
    requests.incrementAndGet();
    if (failure != null) {
      throw failure;
    }
    WolkvoxException.Kind kind = failureKind;
    if (kind != null) {
      throw new WolkvoxException(kind, connection.serverId(), window.toString(), "wolkvox failed: " + kind);
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
