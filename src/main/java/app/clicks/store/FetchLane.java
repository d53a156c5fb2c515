package app.clicks.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs flights on a few threads, one flight per server at a time (wolkvox takes one or two requests per token
 * anyway), servers taking turns: a server with many flights queued does not hold back the others.
 */
final class FetchLane {
  private final Executor threads;
  private final Consumer<Flight> run;
  private final Map<String, Deque<Flight>> queued = new HashMap<>();
  private final Map<String, Flight> running = new HashMap<>();
  /** Flights handed to the threads that have not started yet (all of them busy). */
  private final java.util.concurrent.atomic.AtomicInteger notStarted = new java.util.concurrent.atomic.AtomicInteger();

  FetchLane(Executor threads, Consumer<Flight> run) {
    this.threads = threads;
    this.run = run;
  }

  /** Queues {@code f} behind the flights of its server. */
  synchronized void submit(Flight f) {
    queued.computeIfAbsent(f.server(), k -> new ArrayDeque<>()).add(f);
    if (!running.containsKey(f.server())) {
      startNext(f.server());
    }
  }

  /** Flights queued and not started, all servers together. */
  synchronized int waiting() {
    return queued.values().stream().mapToInt(Deque::size).sum() + notStarted.get();
  }

  /** Windows queued or running for {@code server}: what a new flight of that server waits behind, its own included. */
  synchronized int windowsAhead(String server) {
    Flight r = running.get(server);
    int n = r == null ? 0 : Math.max(1, r.windows.size() - r.done.get() / SyncPolicy.MAX_WINDOW_DAYS);
    for (Flight f : queued.getOrDefault(server, new ArrayDeque<>())) {
      n += f.windows.size();
    }
    return n;
  }

  private void startNext(String server) {
    Deque<Flight> q = queued.get(server);
    Flight next = q == null ? null : q.poll();
    if (next == null) {
      queued.remove(server);
      running.remove(server);
      return;
    }
    running.put(server, next);
    notStarted.incrementAndGet();
    try {
      threads.execute(() -> {
        notStarted.decrementAndGet();
        try {
          run.accept(next);
        } finally {
          ended(server);
        }
      });
    } catch (RejectedExecutionException e) {
      // The store is closing: the flight will not run; whoever waits on it gets the refusal.
      notStarted.decrementAndGet();
      running.remove(server);
      next.result.completeExceptionally(new StoreException("The click store is closing", e));
    }
  }

  private synchronized void ended(String server) {
    running.remove(server);
    startNext(server);
  }
}
