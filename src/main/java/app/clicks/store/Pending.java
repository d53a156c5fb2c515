package app.clicks.store;

import app.clicks.report.PeriodPair;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request for totals whose sync has started: it completes {@link #synced()} when every day it needs is stored (or
 * could not be fetched), waiting for the fetches of this process and of others on the same database without holding
 * a thread, a connection or a lock. {@link ClickReader#finish} then reads the answer from the store.
 */
public final class Pending {
  /** A wait for days that another process is fetching: polled in the sync rows until they change. */
  static final class Foreign {
    final Set<LocalDate> days;
    final AtomicInteger done = new AtomicInteger();
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    Foreign(Set<LocalDate> days) {
      this.days = days;
    }
  }

  private final WolkvoxConnection connection;
  private final PeriodPair periods;
  private final Purpose purpose;
  final CompletableFuture<Void> synced = new CompletableFuture<>();
  /** Flights this request waits on; {@link #started} those it started (their requests are its cost). */
  final List<Flight> flights = new CopyOnWriteArrayList<>();
  final List<Flight> started = new CopyOnWriteArrayList<>();
  final List<Foreign> foreign = new CopyOnWriteArrayList<>();
  volatile Duration estimatedWait = Duration.ZERO;
  /** Days still stale after the last round of waiting for other processes (answered as stored). */
  volatile boolean gaveUp;

  Pending(WolkvoxConnection connection, PeriodPair periods, Purpose purpose) {
    this.connection = connection;
    this.periods = periods;
    this.purpose = purpose;
  }

  /** A request with nothing to wait for (a reader that syncs inside {@link ClickReader#finish}, as fakes do). */
  public static Pending ready(WolkvoxConnection connection, PeriodPair periods, Purpose purpose) {
    Pending p = new Pending(connection, periods, purpose);
    p.synced.complete(null);
    return p;
  }

  /**
   * A request waiting on a fetch run elsewhere, expected to take {@code estimatedWait} (readers other than the store,
   * fakes): complete {@link #synced()} when it is done.
   */
  public static Pending waiting(WolkvoxConnection connection, PeriodPair periods, Purpose purpose,
      Duration estimatedWait) {
    Pending p = new Pending(connection, periods, purpose);
    p.estimatedWait = estimatedWait;
    return p;
  }

  public WolkvoxConnection connection() {
    return connection;
  }

  public PeriodPair periods() {
    return periods;
  }

  public Purpose purpose() {
    return purpose;
  }

  /** Completes when the totals can be read from the store without asking wolkvox. Never fails. */
  public CompletableFuture<Void> synced() {
    return synced;
  }

  /** True while the request waits for a fetch. */
  public boolean waiting() {
    return !synced.isDone();
  }

  /** How long the fetches ahead of this request should take, from the windows queued and their recent pace. */
  public Duration estimatedWait() {
    return estimatedWait;
  }

  /** Days being fetched for this request and days done, over every fetch it waits on. */
  public FetchProgress progress() {
    FetchProgress p = FetchProgress.NONE;
    for (Flight f : flights) {
      p = p.plus(f.days.size(), Math.min(f.days.size(), f.done.get()));
    }
    for (Foreign f : foreign) {
      if (!f.ended.isDone()) {
        p = p.plus(f.days.size(), f.done.get());
      }
    }
    return p;
  }
}
