package app.clicks.store;

import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.wolkvox.DirectoryEntry;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.DirectorySource;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wolkvox directory of each server, kept in the database that every instance shares: reads each list once a
 * day (report timezone), once more when an answer meets an id the list does not know (at most once a list a day,
 * whichever instance asks), counts every call in the day's call log within the budget, and never fails an answer:
 * when wolkvox cannot be read, what is stored is used and the failure is kept for {@link #status}.
 */
public final class DirectoryStore {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryStore.class);

  private final DataSource dataSource;
  private final DirectorySource source;
  private final StoreSettings settings;
  private final Clock clock;
  private final CallLog calls;

  public DirectoryStore(DataSource dataSource, DirectorySource source, StoreSettings settings, Clock clock) {
    this.dataSource = dataSource;
    this.source = source;
    this.settings = settings;
    this.clock = clock;
    this.calls = new CallLog(dataSource);
  }

  /**
   * The directory of the request's server, read again from wolkvox first where the refresh rule says so. Never
   * throws for wolkvox; when the database fails too, the directory is empty (ids are shown as they are).
   */
  public Directory directory(DirectoryRequest request) {
    String server = request.connection().serverId();
    try {
      refresh(request);
    } catch (StoreException e) {
      LOG.warn("server {}: the directory could not be refreshed: {}", server, e.getMessage());
    }
    try {
      return stored(server);
    } catch (StoreException e) {
      LOG.warn("server {}: the directory could not be read: {}", server, e.getMessage());
      return Directory.EMPTY;
    }
  }

  /** The directory of {@code serverId} as stored, without asking wolkvox. */
  public Directory stored(String serverId) {
    Map<DirectoryList, Map<String, String>> names = new EnumMap<>(DirectoryList.class);
    for (DirectoryList l : DirectoryList.values()) {
      names.put(l, new HashMap<>());
    }
    Set<String> hits = new HashSet<>();
    try (Connection c = dataSource.getConnection()) {
      for (DirectoryRows.Row r : DirectoryRows.entries(c, serverId)) {
        names.get(r.list()).put(r.id(), r.name());
        if (r.list() == DirectoryList.ACTIVITY_CODES && r.hit()) {
          hits.add(r.id());
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the wolkvox directory of server " + serverId, e);
    }
    return new Directory(Names.of(names.get(DirectoryList.AGENTS)), Names.of(names.get(DirectoryList.ROUTING_POINTS)),
        Names.ofCodes(names.get(DirectoryList.ACTIVITY_CODES)), hits);
  }

  /** When each list of {@code serverId} was last read, and why its last read failed, if it did. */
  public DirectoryStatus status(String serverId) {
    try (Connection c = dataSource.getConnection()) {
      Map<DirectoryList, DirectoryRows.State> states = DirectoryRows.states(c, serverId);
      Map<DirectoryList, Integer> counts = DirectoryRows.counts(c, serverId);
      List<DirectoryStatus.ListStatus> lists = new ArrayList<>();
      for (DirectoryList l : DirectoryList.values()) {
        DirectoryRows.State s = states.getOrDefault(l, DirectoryRows.State.NEVER);
        lists.add(new DirectoryStatus.ListStatus(l, s.lastReadAt(), s.lastTriedAt(), s.lastError(),
            s.errorKind() == null ? null : WolkvoxException.Kind.valueOf(s.errorKind()), counts.getOrDefault(l, 0)));
      }
      return new DirectoryStatus(serverId, lists);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the directory status of server " + serverId, e);
    }
  }

  /** Reads again each list the rule says to: first without a lock, then again under the list's lock. */
  private void refresh(DirectoryRequest request) {
    WolkvoxConnection connection = request.connection();
    String server = connection.serverId();
    LocalDate today = LocalDate.ofInstant(clock.instant(), connection.zone());
    Map<DirectoryList, DirectoryRows.State> states;
    Directory known;
    try (Connection c = dataSource.getConnection()) {
      states = DirectoryRows.states(c, server);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the directory state of server " + server, e);
    }
    known = stored(server);
    for (DirectoryList list : DirectoryList.values()) {
      DirectoryRows.State s = states.getOrDefault(list, DirectoryRows.State.NEVER);
      Names names = namesOf(known, list);
      if (DirectoryPolicy.decide(s.readDay(), s.extraDay(), today, unknownSeen(request.seen(), list, names))
          != DirectoryPolicy.Refresh.NONE) {
        refreshLocked(request, list, today);
      }
    }
  }

  private void refreshLocked(DirectoryRequest request, DirectoryList list, LocalDate today) {
    WolkvoxConnection connection = request.connection();
    String server = connection.serverId();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      DirectoryRows.ensureState(c, server, list);
      c.setAutoCommit(false);
      try {
        DirectoryRows.State s = DirectoryRows.lock(c, server, list);
        boolean unknown = unknownSeen(request.seen(), list, DirectoryRows.names(c, server, list));
        DirectoryPolicy.Refresh why = DirectoryPolicy.decide(s.readDay(), s.extraDay(), today, unknown);
        if (why != DirectoryPolicy.Refresh.NONE) {
          read(c, request, list, why, today);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot refresh " + list.label() + " of server " + server, e);
    }
  }

  /** One read of {@code list} from wolkvox, holding its state row; stores the entries or records the failure. */
  private void read(Connection c, DirectoryRequest request, DirectoryList list, DirectoryPolicy.Refresh why,
      LocalDate today) throws SQLException {
    WolkvoxConnection connection = request.connection();
    String server = connection.serverId();
    Instant now = clock.instant();
    if (calls.calls(server, today) >= settings.budgetFor(request.purpose())) {
      LOG.info("server {}: {} not read, the day's budget of wolkvox calls is spent", server, list.api());
      DirectoryRows.markFailed(c, server, list, null, today, now, "The bot's daily budget of wolkvox calls for"
          + " server " + server + " is spent: " + list.label() + " is read again tomorrow.",
          WolkvoxException.Kind.BUDGET_EXHAUSTED);
      return;
    }
    List<DirectoryEntry> entries;
    try {
      entries = source.read(connection, list, () -> calls.add(server, today, 1));
    } catch (WolkvoxException e) {
      LOG.warn("server {}: reading {} failed ({}): {}", server, list.api(), e.kind(), e.getMessage());
      DirectoryRows.markFailed(c, server, list, why, today, now, e.getMessage(), e.kind());
      return;
    } catch (RuntimeException e) {
      LOG.warn("server {}: reading {} failed", server, list.api(), e);
      DirectoryRows.markFailed(c, server, list, why, today, now, "Reading " + list.label() + " failed ("
          + e.getClass().getSimpleName() + "): try again later.", null);
      return;
    }
    DirectoryRows.replace(c, server, list, entries);
    DirectoryRows.markRead(c, server, list, why, today, now);
    LOG.info("server {}: {} read ({}), {} entries", server, list.api(), why, entries.size());
  }

  /** True when the answer met an id of {@code list} that {@code names} does not know. */
  static boolean unknownSeen(SeenIds seen, DirectoryList list, Names names) {
    for (String id : seen.of(list)) {
      boolean counts = list == DirectoryList.ACTIVITY_CODES ? Directory.isOutcome(id) : !Names.key(id, false).isEmpty();
      if (counts && !names.knows(id)) {
        return true;
      }
    }
    return false;
  }

  private static Names namesOf(Directory d, DirectoryList list) {
    return switch (list) {
      case AGENTS -> d.agents();
      case ROUTING_POINTS -> d.routingPoints();
      case ACTIVITY_CODES -> d.outcomes();
    };
  }
}
