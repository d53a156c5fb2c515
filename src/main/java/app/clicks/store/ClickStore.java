package app.clicks.store;

import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
import app.clicks.report.Totals;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local click store: answers a period pair from the database, fetching from wolkvox only the days it has
 * never seen or that are stale, within the bot's daily call budget; one fetch of a day for every request that needs
 * it, in this process and the others on the database ({@link SingleFlight}).
 */
public final class ClickStore implements ClickReader {
  private static final Logger LOG = LoggerFactory.getLogger(ClickStore.class);

  private final DataSource dataSource;
  private final StoreSettings settings;
  private final Clock clock;
  private final SyncPolicy policy;
  private final CallLog calls;
  private final String sourceName;
  private final SingleFlight flights;
  private final ExecutorService fetchThreads;
  private final ScheduledExecutorService poller;

  public ClickStore(DataSource dataSource, ClickSource source, StoreSettings settings, Clock clock) {
    this(dataSource, source, settings, clock, fetchThreads(), poller());
  }

  /** With the threads that run fetches and poll other processes' fetches (tests pass their own). */
  ClickStore(DataSource dataSource, ClickSource source, StoreSettings settings, Clock clock,
      ExecutorService fetchThreads, ScheduledExecutorService poller) {
    this.dataSource = dataSource;
    this.sourceName = source.name();
    this.settings = settings;
    this.clock = clock;
    this.policy = new SyncPolicy(settings);
    this.calls = new CallLog(dataSource);
    this.fetchThreads = fetchThreads;
    this.poller = poller;
    DayReplacer replacer = new DayReplacer(dataSource, source, policy, calls, clock);
    this.flights = new SingleFlight(dataSource, policy, replacer, calls, settings, clock, fetchThreads, poller);
  }

  /**
   * The fetch lane: {@link DayReplacer#FETCHES_AT_ONCE} threads, each holding a pooled connection for as long as
   * wolkvox takes; idle threads end, so that a store nobody closes (a test, the CLI) keeps none.
   */
  private static ExecutorService fetchThreads() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(DayReplacer.FETCHES_AT_ONCE, DayReplacer.FETCHES_AT_ONCE, 30,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> daemon(r, "clicks-fetch-" + n.incrementAndGet()));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** One thread that polls the sync rows for requests waiting on another process's fetch. */
  private static ScheduledExecutorService poller() {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "clicks-fetch-poll"));
    pool.setKeepAliveTime(30, TimeUnit.SECONDS);
    pool.allowCoreThreadTimeOut(true);
    pool.setRemoveOnCancelPolicy(true);
    return pool;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Stops the fetch lane and the poller: running fetches may end within {@code grace}. */
  public void close(Duration grace) {
    poller.shutdownNow();
    fetchThreads.shutdown();
    try {
      if (!fetchThreads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        fetchThreads.shutdownNow();
      }
    } catch (InterruptedException e) {
      fetchThreads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int daysToFetch(WolkvoxConnection connection, PeriodPair periods) {
    if (callsToday(connection) >= settings.interactiveBudget()) {
      return 0;
    }
    return staleDays(connection, periods, clock.instant()).size();
  }

  /**
   * Starts syncing what the periods need: days already stored need nothing (the pending is done at once), stale
   * days join the fetch that this process or another one runs for them, or start one on the fetch lane.
   */
  @Override
  public Pending start(WolkvoxConnection connection, PeriodPair periods, Purpose purpose) {
    Pending p = new Pending(connection, periods, purpose);
    SortedSet<LocalDate> needed = new TreeSet<>(days(periods));
    flights.start(p, needed);
    return p;
  }

  /**
   * Reads the answer of a synced pending from the store. Days that could not be fetched are answered as stored
   * (storeOnly); when wolkvox failed and a started day was never fetched, or the budget is spent and no day of the
   * current period was ever fetched, it throws instead.
   */
  @Override
  public StoredTotals finish(Pending p) throws WolkvoxException {
    return finish(p, Slice.ALL);
  }

  /** As {@link #finish(Pending)}, for one slice of the clicks, read from its per-day aggregates. */
  private StoredTotals finish(Pending p, Slice slice) throws WolkvoxException {
    WolkvoxConnection connection = p.connection();
    PeriodPair periods = p.periods();
    String server = connection.serverId();
    int requests = 0;
    boolean refused = false;
    WolkvoxException failure = null;
    for (Flight f : p.flights) {
      Flight.Result r;
      try {
        r = f.result.join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : e;
      }
      if (p.started.contains(f)) {
        requests += r.requests();
      }
      refused |= r.refused();
      failure = failure == null ? r.failure() : failure;
    }
    Map<LocalDate, Instant> fetched = fetched(server, span(periods));
    boolean storeOnly = refused || failure != null || p.gaveUp;
    if (failure != null && anyStartedDayNeverFetched(periods, connection.zone(), fetched)) {
      throw failure;
    }
    if (refused && noDayFetched(periods.current(), fetched)) {
      throw budgetExhausted(connection, p.purpose());
    }
    Totals[] t = aggregate(server, periods, connection.zone(), slice);
    Instant fetchedAt = fetched.values().stream().max(Instant::compareTo).orElse(null);
    return new StoredTotals(t[1], t[0], fetchedAt, storeOnly, requests, sourceName);
  }

  /** Reads every stored click of a period back (the CSV); sync the period with {@link #totals} first. */
  public ClickExport export() {
    return new ClickExport(dataSource);
  }

  /** Starts the sync, waits for it on this thread, and reads the answer (the digest and the CLI). */
  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose)
      throws WolkvoxException {
    return totals(connection, periods, purpose, Slice.ALL);
  }

  /**
   * As {@link #totals(WolkvoxConnection, PeriodPair, Purpose)} for one routing point or ad: the same days synced
   * the same way (one fetch of a day for every request and slice that needs it), then the slice's totals of both
   * periods from its per-day aggregates (click_day_slices); only the partial days of a running period read clicks.
   */
  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose, Slice slice)
      throws WolkvoxException {
    Pending p = start(connection, periods, purpose);
    p.synced().join();
    return finish(p, slice);
  }

  /** Fetches of other servers waiting in this JVM for a free fetch slot (for tests and diagnostics). */
  int fetchesWaitingForASlot() {
    return flights.waitingFlights();
  }

  /** Requests for {@code serverId} waiting in this JVM for a fetch another one started (tests, diagnostics). */
  int waitingFetches(String serverId) {
    return flights.waiters(serverId);
  }

  /** wolkvox requests counted today (report timezone) for the connection's server. */
  public int callsToday(WolkvoxConnection connection) {
    return callsToday(connection.serverId(), connection.zone());
  }

  /** wolkvox requests counted today in {@code zone} for {@code serverId}. */
  public int callsToday(String serverId, ZoneId zone) {
    return calls.calls(serverId, LocalDate.ofInstant(clock.instant(), zone));
  }

  /** The bot's daily budget of wolkvox calls per server (the digest's reserve included). */
  public int dailyBudget() {
    return settings.dailyBudget();
  }

  public StoreSettings settings() {
    return settings;
  }

  /** When a day of {@code serverId} was last fetched successfully from wolkvox, or null. */
  public Instant lastFetch(String serverId) {
    try (Connection c = dataSource.getConnection()) {
      return SyncState.lastFetch(c, serverId);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the last fetch of server " + serverId, e);
    }
  }

  /**
   * Deletes records, sync rows and call counts older than CLICKS_RETENTION_DAYS (by day, UTC calendar, one day of
   * slack for timezones); a day whose sync row is gone is fetched again if someone asks for it.
   *
   * @return records deleted
   */
  public int deleteExpired() {
    LocalDate cutoff = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
        .minusDays(settings.retentionDays() + 1L);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      int records = deleteBefore(c, "click", cutoff);
      for (String table : DayTotals.TABLES) {
        deleteBefore(c, table, cutoff);
      }
      deleteBefore(c, "click_sync_day", cutoff);
      deleteBefore(c, "click_fetch_claim", cutoff);
      c.commit();
      calls.deleteBefore(cutoff);
      LOG.info("retention: deleted {} records before {}", records, cutoff);
      return records;
    } catch (SQLException e) {
      throw new StoreException("Cannot delete expired click records", e);
    }
  }

  private static int deleteBefore(Connection c, String table, LocalDate cutoff) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE local_day < ?")) {
      ps.setDate(1, Date.valueOf(cutoff));
      return ps.executeUpdate();
    }
  }

  private SortedSet<LocalDate> staleDays(WolkvoxConnection connection, PeriodPair periods, Instant now) {
    Map<LocalDate, Instant> fetched = fetched(connection.serverId(), span(periods));
    SortedSet<LocalDate> stale = new TreeSet<>();
    for (LocalDate d : days(periods)) {
      if (policy.isStale(d, connection.zone(), fetched.get(d), now)) {
        stale.add(d);
      }
    }
    return stale;
  }

  /** The days either period touches (report timezone), the previous period's first; a shared day twice. */
  private static List<LocalDate> days(PeriodPair periods) {
    return Stream.concat(periods.previous().days().stream(), periods.current().days().stream()).toList();
  }

  /** The first and last day (report timezone) that either period touches. */
  private static LocalDate[] span(PeriodPair periods) {
    LocalDate a = periods.previous().firstDay();
    LocalDate b = periods.current().firstDay();
    LocalDate c = periods.previous().lastDay();
    LocalDate d = periods.current().lastDay();
    return new LocalDate[] {a.isBefore(b) ? a : b, c.isAfter(d) ? c : d};
  }

  private Map<LocalDate, Instant> fetched(String server, LocalDate[] span) {
    try (Connection c = dataSource.getConnection()) {
      return SyncState.fetched(c, server, span[0], span[1], false);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the sync state of server " + server, e);
    }
  }

  private boolean anyStartedDayNeverFetched(PeriodPair periods, ZoneId zone, Map<LocalDate, Instant> fetched) {
    Instant now = clock.instant();
    return days(periods).stream()
        .anyMatch(d -> now.isAfter(d.atStartOfDay(zone).toInstant()) && !fetched.containsKey(d));
  }

  private static boolean noDayFetched(Period p, Map<LocalDate, Instant> fetched) {
    return p.days().stream().noneMatch(fetched::containsKey);
  }

  private WolkvoxException budgetExhausted(WolkvoxConnection connection, Purpose purpose) {
    ZonedDateTime now = clock.instant().atZone(connection.zone());
    ZonedDateTime reset = now.toLocalDate().plusDays(1).atStartOfDay(connection.zone());
    Duration left = Duration.between(now, reset);
    String used = purpose == Purpose.INTERACTIVE
        ? settings.interactiveBudget() + " of " + settings.dailyBudget() + " calls used; the rest is kept for the alerts and the daily digest"
        : purpose == Purpose.ALERTS
            ? settings.budgetFor(purpose) + " of " + settings.dailyBudget() + " calls used; the rest is kept for the daily digest"
            : settings.dailyBudget() + " calls used";
    String message = String.format(
        "The bot's daily budget of wolkvox calls for server %s is spent (%s), and nothing is stored yet for this"
            + " period. It resets at midnight %s, in %d h %02d min.",
        connection.serverId(), used, connection.zone().getId(), left.toHours(), left.toMinutesPart());
    return new WolkvoxException(WolkvoxException.Kind.BUDGET_EXHAUSTED, connection.serverId(), null, message);
  }

  private Totals[] aggregate(String server, PeriodPair periods, ZoneId zone, Slice slice) {
    try (Connection c = dataSource.getConnection()) {
      return TotalsQuery.totals(c, server, periods, zone, slice);
    } catch (SQLException e) {
      throw new StoreException("Cannot sum up the clicks of server " + server, e);
    }
  }
}
