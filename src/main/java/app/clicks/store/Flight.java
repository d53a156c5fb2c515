package app.clicks.store;

import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fetch of some days of one wolkvox server, shared by every request of this process that needs them: it holds
 * the days' claims, runs on the fetch lane, and completes {@link #result} when the days are stored (or not).
 */
final class Flight {
  /** What a flight ended with: the requests made, whether the budget refused a window, the wolkvox failure. */
  record Result(int requests, boolean refused, WolkvoxException failure) {}

  final WolkvoxConnection connection;
  final Purpose purpose;
  final SortedSet<LocalDate> days;
  final List<Window> windows;
  final String holder;
  final CompletableFuture<Result> result = new CompletableFuture<>();
  final AtomicInteger done = new AtomicInteger();
  /** Requests of this process waiting on it (the one that started it included). */
  final AtomicInteger waiters = new AtomicInteger();

  Flight(WolkvoxConnection connection, Purpose purpose, SortedSet<LocalDate> days, String holder) {
    this.connection = connection;
    this.purpose = purpose;
    this.days = days;
    this.windows = SyncPolicy.windows(days);
    this.holder = holder;
  }

  String server() {
    return connection.serverId();
  }

  @Override
  public String toString() {
    return "Flight[server=" + server() + ", days=" + days.size() + ", windows=" + windows + "]";
  }
}
