package app.clicks.store;

import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fetch of a day for everyone who needs it. Inside this process, requests for days that a flight is fetching
 * join that flight; across processes, a day is fetched only by the holder of its claim (click_fetch_claim), and
 * the others poll its sync row with backoff on a scheduler until it is stored or the claim is gone, then plan
 * again. Waiting holds no thread, no pooled connection and no lock.
 */
final class SingleFlight {
  private static final Logger LOG = LoggerFactory.getLogger(SingleFlight.class);
  /** Rounds of waiting for other processes before the stale days are answered as stored. */
  static final int MAX_ROUNDS = 4;
  static final Duration FIRST_POLL = Duration.ofMillis(100);
  static final Duration MAX_POLL = Duration.ofSeconds(2);
  /** What a window takes until one was measured (a wolkvox answer of a month with its splits). */
  static final Duration FIRST_GUESS = Duration.ofSeconds(20);

  private final DataSource dataSource;
  private final SyncPolicy policy;
  private final DayReplacer replacer;
  private final CallLog calls;
  private final StoreSettings settings;
  private final Clock clock;
  private final FetchClaims claims;
  private final FetchLane lane;
  private final ScheduledExecutorService poller;
  private final String process = UUID.randomUUID().toString().substring(0, 18);
  private final AtomicLong sequence = new AtomicLong();
  /** Days of each server that a flight of this process is fetching; guarded by the server's monitor. */
  private final Map<String, Map<LocalDate, Flight>> flying = new ConcurrentHashMap<>();
  /** Recent time a window took, in ms (moving average). */
  private volatile double windowMillis = FIRST_GUESS.toMillis();

  SingleFlight(DataSource dataSource, SyncPolicy policy, DayReplacer replacer, CallLog calls, StoreSettings settings,
      Clock clock, Executor fetchThreads, ScheduledExecutorService poller) {
    this.dataSource = dataSource;
    this.policy = policy;
    this.replacer = replacer;
    this.calls = calls;
    this.settings = settings;
    this.clock = clock;
    this.claims = new FetchClaims(dataSource, clock);
    this.lane = new FetchLane(fetchThreads, this::run);
    this.poller = poller;
  }

  /** Starts syncing {@code needed}; the pending completes when they are all stored or given up. */
  void start(Pending p, SortedSet<LocalDate> needed) {
    round(p, needed, 1).whenComplete((v, e) -> {
      if (e != null) {
        LOG.warn("server {}: waiting for a fetch failed: {}", p.connection().serverId(), e.toString());
      }
      p.synced.complete(null);
    });
  }

  /** Flights queued and not started, in this process (for tests and diagnostics). */
  int waitingFlights() {
    return lane.waiting();
  }

  /** Requests of this process waiting on a flight of {@code server}, beyond the one that started it. */
  int waiters(String server) {
    Map<LocalDate, Flight> m = flying.get(server);
    if (m == null) {
      return 0;
    }
    synchronized (m) {
      return m.values().stream().distinct().mapToInt(f -> f.waiters.get() - 1).sum();
    }
  }

  private CompletableFuture<Void> round(Pending p, SortedSet<LocalDate> needed, int round) {
    WolkvoxConnection connection = p.connection();
    String server = connection.serverId();
    Map<LocalDate, Flight> mine = flying.computeIfAbsent(server, k -> new HashMap<>());
    Set<Flight> joined = new LinkedHashSet<>();
    SortedSet<LocalDate> elsewhere = new TreeSet<>();
    synchronized (mine) {
      SortedSet<LocalDate> stale = stale(connection, needed);
      SortedSet<LocalDate> rest = new TreeSet<>();
      for (LocalDate d : stale) {
        Flight f = mine.get(d);
        if (f != null) {
          joined.add(f);
        } else {
          rest.add(d);
        }
      }
      if (!rest.isEmpty()) {
        String holder = process + ":" + sequence.incrementAndGet();
        SortedSet<LocalDate> claimed = claims.claim(server, rest, holder);
        SortedSet<LocalDate> still = claimed.isEmpty() ? claimed : stale(connection, claimed);
        for (LocalDate d : claimed) {
          if (!still.contains(d)) {
            claims.release(server, d, d, holder);
          }
        }
        if (!still.isEmpty()) {
          Flight f = new Flight(connection, p.purpose(), still, holder);
          still.forEach(d -> mine.put(d, f));
          joined.add(f);
          p.started.add(f);
          lane.submit(f);
        }
        rest.removeAll(claimed);
        elsewhere.addAll(rest);
      }
      joined.forEach(f -> f.waiters.incrementAndGet());
      p.flights.addAll(joined);
    }
    estimate(p, server, elsewhere.size());
    List<CompletableFuture<?>> waits = new ArrayList<>();
    joined.forEach(f -> waits.add(f.result));
    if (!elsewhere.isEmpty()) {
      Pending.Foreign w = new Pending.Foreign(elsewhere);
      p.foreign.add(w);
      poll(connection, w, FIRST_POLL);
      waits.add(w.ended);
    }
    CompletableFuture<Void> all = CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
        .handle((v, e) -> null);
    if (elsewhere.isEmpty()) {
      return all;
    }
    return all.thenCompose(v -> {
      if (round < MAX_ROUNDS) {
        return round(p, elsewhere, round + 1);
      }
      p.gaveUp = !stale(connection, elsewhere).isEmpty();
      return CompletableFuture.completedFuture(null);
    });
  }

  private void estimate(Pending p, String server, int foreignDays) {
    int windows = lane.windowsAhead(server) + (foreignDays + SyncPolicy.MAX_WINDOW_DAYS - 1) / SyncPolicy.MAX_WINDOW_DAYS;
    p.estimatedWait = Duration.ofMillis((long) (windows * windowMillis));
  }

  /** Checks the days another process holds; ends the wait when they are stored or nobody holds them any more. */
  private void poll(WolkvoxConnection connection, Pending.Foreign w, Duration delay) {
    poller.schedule(() -> {
      try {
        SortedSet<LocalDate> stale;
        Set<LocalDate> held;
        try (Connection c = dataSource.getConnection()) {
          stale = stale(c, connection, new TreeSet<>(w.days));
          held = stale.isEmpty() ? Set.of() : FetchClaims.held(c, connection.serverId(), stale, clock.millis());
        }
        w.done.set(w.days.size() - stale.size());
        if (stale.isEmpty() || held.isEmpty()) {
          w.ended.complete(null);
          return;
        }
        Duration next = delay.multipliedBy(2);
        poll(connection, w, next.compareTo(MAX_POLL) > 0 ? MAX_POLL : next);
      } catch (SQLException | RuntimeException e) {
        LOG.warn("server {}: reading the sync state while waiting failed: {}", connection.serverId(), e.toString());
        w.ended.complete(null);
      }
    }, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Fetches a flight's windows in order, within the budget, then frees its days; runs on the fetch lane. */
  private void run(Flight f) {
    String server = f.server();
    int requests = 0;
    boolean refused = false;
    WolkvoxException failure = null;
    RuntimeException crash = null;
    try {
      for (Window w : f.windows) {
        LocalDate first = SyncPolicy.firstDay(w);
        LocalDate last = SyncPolicy.lastDay(w);
        claims.renew(server, first, last, f.holder);
        if (calls.calls(server, LocalDate.ofInstant(clock.instant(), f.connection.zone()))
            >= settings.budgetFor(f.purpose)) {
          refused = true;
          break;
        }
        long began = System.nanoTime();
        try {
          requests += replacer.replace(f.connection, w);
        } catch (WolkvoxException e) {
          LOG.warn("server {}: fetching {} failed ({}): {}", server, w, e.kind(), e.getMessage());
          failure = e;
          break;
        }
        windowMillis = 0.7 * windowMillis + 0.3 * ((System.nanoTime() - began) / 1e6);
        f.done.addAndGet((int) f.days.subSet(first, last.plusDays(1)).size());
      }
    } catch (RuntimeException e) {
      crash = e;
    } finally {
      Map<LocalDate, Flight> mine = flying.get(server);
      synchronized (mine) {
        f.days.forEach(d -> mine.remove(d, f));
      }
      try {
        claims.release(server, f.days.first(), f.days.last(), f.holder);
      } catch (RuntimeException e) {
        LOG.warn("server {}: freeing the fetch claims failed (they expire in {}): {}", server, FetchClaims.LEASE,
            e.toString());
      }
      if (crash != null) {
        f.result.completeExceptionally(crash);
      } else {
        f.result.complete(new Flight.Result(requests, refused, failure));
      }
    }
  }

  private SortedSet<LocalDate> stale(WolkvoxConnection connection, SortedSet<LocalDate> days) {
    try (Connection c = dataSource.getConnection()) {
      return stale(c, connection, days);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the sync state of server " + connection.serverId(), e);
    }
  }

  private SortedSet<LocalDate> stale(Connection c, WolkvoxConnection connection, SortedSet<LocalDate> days)
      throws SQLException {
    SortedSet<LocalDate> out = new TreeSet<>();
    if (days.isEmpty()) {
      return out;
    }
    Map<LocalDate, Instant> fetched = SyncState.fetched(c, connection.serverId(), days.first(), days.last(), false);
    Instant now = clock.instant();
    for (LocalDate d : days) {
      if (policy.isStale(d, connection.zone(), fetched.get(d), now)) {
        out.add(d);
      }
    }
    return out;
  }
}
