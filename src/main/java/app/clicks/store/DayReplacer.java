package app.clicks.store;

import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the days of one window with a fresh fetch, in one transaction, holding the sync rows of those days
 * FOR UPDATE; after taking the lock it checks again which days are still stale, so that a process that waited for
 * another one's fetch does not fetch the same days again.
 */
final class DayReplacer {
  private static final Logger LOG = LoggerFactory.getLogger(DayReplacer.class);

  private final DataSource dataSource;
  private final ClickSource source;
  private final SyncPolicy policy;
  private final CallLog calls;
  private final Clock clock;
  /**
   * One fetch per server at a time inside this JVM: the others wait here, holding no database connection, so that
   * waiters cannot take every pooled connection from the fetch they wait for (which needs more for the gate).
   */
  private final Map<String, ReentrantLock> serverLocks = new ConcurrentHashMap<>();
  /**
   * Fetches of different servers at once inside this JVM. A fetch holds a pooled connection for as long as wolkvox
   * takes, and a second one briefly (the call log, the gate): with at most this many, the smallest pool (8, on
   * PostgreSQL) keeps connections free for the summaries, settings and the scheduler whatever the number of
   * workspaces.
   */
  static final int FETCHES_AT_ONCE = 3;
  private final Semaphore fetchSlots = new Semaphore(FETCHES_AT_ONCE, true);

  DayReplacer(DataSource dataSource, ClickSource source, SyncPolicy policy, CallLog calls, Clock clock) {
    this.dataSource = dataSource;
    this.source = source;
    this.policy = policy;
    this.calls = calls;
    this.clock = clock;
  }

  /**
   * Fetches the still-stale part of {@code planned} and stores it in place of what was there.
   *
   * @return the wolkvox requests made (0 when another process had fetched the days meanwhile)
   */
  int replace(WolkvoxConnection connection, Window planned) throws WolkvoxException {
    ReentrantLock lock = serverLocks.computeIfAbsent(connection.serverId(), k -> new ReentrantLock(true));
    lock.lock();
    try {
      fetchSlots.acquireUninterruptibly();
      try {
        return replaceOnce(connection, planned);
      } finally {
        fetchSlots.release();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Fetches of other servers waiting for one of the {@link #FETCHES_AT_ONCE} slots. */
  int waitingForASlot() {
    return fetchSlots.getQueueLength();
  }

  /** Fetches waiting for this JVM's fetch of {@code serverId} to end. */
  int waiting(String serverId) {
    ReentrantLock lock = serverLocks.get(serverId);
    return lock == null ? 0 : lock.getQueueLength();
  }

  private int replaceOnce(WolkvoxConnection connection, Window planned) throws WolkvoxException {
    String server = connection.serverId();
    LocalDate first = SyncPolicy.firstDay(planned);
    LocalDate last = SyncPolicy.lastDay(planned);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      SyncState.ensureRows(c, server, first, last);
      c.setAutoCommit(false);
      int requests;
      try {
        requests = replaceLocked(c, connection, first, last);
        c.commit();
      } catch (WolkvoxException | RuntimeException | SQLException e) {
        rollback(c, e);
        throw e;
      }
      c.setAutoCommit(true);
      return requests;
    } catch (SQLException e) {
      throw new StoreException("Cannot store the clicks of server " + server + " for " + planned, e);
    }
  }

  /**
   * Rolls back the replacement, then turns auto-commit back on. When the database refuses the rollback, auto-commit
   * stays off: turning it on would commit the half-done replacement. The connection is then closed with its
   * transaction open, which the pool (or the driver) rolls back; the first failure is thrown, carrying this one.
   */
  private static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private int replaceLocked(Connection c, WolkvoxConnection connection, LocalDate first, LocalDate last)
      throws SQLException, WolkvoxException {
    String server = connection.serverId();
    Map<LocalDate, Instant> fetched = SyncState.fetched(c, server, first, last, true);
    Instant now = clock.instant();
    LocalDate from = null;
    LocalDate to = null;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (policy.isStale(d, connection.zone(), fetched.get(d), now)) {
        from = from == null ? d : from;
        to = d;
      }
    }
    if (from == null) {
      LOG.debug("server {}: {}..{} fetched meanwhile by another process", server, first, last);
      return 0;
    }
    Window window = SyncPolicy.window(from, to);
    deleteDays(c, server, from, to);
    int requests;
    Dictionary dictionary = new Dictionary(dataSource);
    try (ReplacingReceiver receiver = new ReplacingReceiver(c, dictionary, server, connection.zone(), from, to)) {
      try {
        requests = source.fetch(connection, window, receiver);
      } catch (WolkvoxException | RuntimeException e) {
        // The ClickSource contract reports requests only on success: a failed fetch made at least one.
        calls.add(server, LocalDate.ofInstant(clock.instant(), connection.zone()), 1);
        throw e;
      }
      calls.add(server, LocalDate.ofInstant(clock.instant(), connection.zone()), requests);
      if (receiver.undated() > 0) {
        LOG.warn("server {}: {} records of {} had no readable date; filed under their window's first day",
            server, receiver.undated(), window);
      }
      LOG.info("server {}: stored {} records for {} in {} request(s)", server, receiver.kept(), window, requests);
      DayTotals.replace(c, server, from, to, receiver.days());
    }
    SyncState.markFetched(c, server, from, to, now);
    return requests;
  }

  private static void deleteDays(Connection c, String server, LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM click WHERE server_key = (SELECT server_key FROM click_server WHERE server_id = ?)"
            + " AND local_day BETWEEN ? AND ?")) {
      ps.setString(1, server);
      ps.setDate(2, Date.valueOf(from));
      ps.setDate(3, Date.valueOf(to));
      ps.executeUpdate();
    }
  }
}
