package app.clicks.store;

import app.clicks.wolkvox.ActivityCode;
import app.clicks.wolkvox.Agent;
import app.clicks.wolkvox.DirectoryEntry;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.DirectorySource;
import app.clicks.wolkvox.RoutingPoint;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * wolkvox's directory behind the DirectorySource interface: serves its lists, records each read, makes
 * {@code requestsPerRead} counted calls a read (retries), and can fail or pause inside a read.
 */
final class FakeDirectory implements DirectorySource {
  /** Runs inside a read, after its calls were counted. */
  interface Pause {
    void inside(DirectoryList list) throws InterruptedException;
  }

  final Map<DirectoryList, List<DirectoryEntry>> lists = new ConcurrentHashMap<>(Map.of(
      DirectoryList.AGENTS, List.of(new Agent("1001", "Ana Gómez", true), new Agent("1002", " ", true)),
      DirectoryList.ROUTING_POINTS, List.of(new RoutingPoint("RP_SALES", "Ventas")),
      DirectoryList.ACTIVITY_CODES, List.of(new ActivityCode("SALE", "Venta", true, "cod_act1"),
          new ActivityCode("NO_SALE", "No venta", false, "cod_act1"))));
  final List<DirectoryList> reads = new CopyOnWriteArrayList<>();
  volatile int requestsPerRead = 1;
  volatile WolkvoxException failure;
  volatile Pause pause;

  @Override
  public List<DirectoryEntry> read(WolkvoxConnection connection, DirectoryList list, CallCounter calls)
      throws WolkvoxException {
    reads.add(list);
    for (int i = 0; i < requestsPerRead; i++) {
      calls.count();
    }
    if (pause != null) {
      try {
        pause.inside(list);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure != null) {
      throw failure;
    }
    return lists.get(list);
  }

  long readsOf(DirectoryList list) {
    return reads.stream().filter(list::equals).count();
  }
}
