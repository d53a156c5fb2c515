package app.clicks.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Leased claims on (server, day) shared by every process on the database (click_fetch_claim): a day is fetched by
 * the one request that holds its claim; every statement is short and auto-committed, so nobody holds a lock or a
 * connection while a fetch runs.
 */
final class FetchClaims {
  /** Longer than a window's fetch with its splits; renewed before each window. */
  static final Duration LEASE = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final Clock clock;

  FetchClaims(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Takes the claim of each of {@code days} that is free or expired; answers the days taken. */
  SortedSet<LocalDate> claim(String server, SortedSet<LocalDate> days, String holder) {
    SortedSet<LocalDate> taken = new TreeSet<>();
    if (days.isEmpty()) {
      return taken;
    }
    long now = clock.millis();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO click_fetch_claim (server_id, local_day, holder,"
          + " lease_until) VALUES (?, ?, NULL, NULL) ON CONFLICT DO NOTHING")) {
        for (LocalDate d : days) {
          ps.setString(1, server);
          ps.setDate(2, Date.valueOf(d));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      List<LocalDate> order = new ArrayList<>(days);
      try (PreparedStatement ps = c.prepareStatement("UPDATE click_fetch_claim SET holder = ?, lease_until = ?"
          + " WHERE server_id = ? AND local_day = ? AND (holder IS NULL OR lease_until < ?)")) {
        for (LocalDate d : order) {
          ps.setString(1, holder);
          ps.setLong(2, now + LEASE.toMillis());
          ps.setString(3, server);
          ps.setDate(4, Date.valueOf(d));
          ps.setLong(5, now);
          ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 1) {
            taken.add(order.get(i));
          }
        }
      }
      return taken;
    } catch (SQLException e) {
      throw new StoreException("Cannot claim days of server " + server + " for a fetch", e);
    }
  }

  /** Moves the lease of {@code holder}'s claims on [first, last] a whole {@link #LEASE} ahead. */
  void renew(String server, LocalDate first, LocalDate last, String holder) {
    update(server, first, last, holder, clock.millis() + LEASE.toMillis());
  }

  /** Frees {@code holder}'s claims on [first, last]. */
  void release(String server, LocalDate first, LocalDate last, String holder) {
    update(server, first, last, holder, null);
  }

  /** The days of {@code days} on which someone holds a live claim (a lease not yet past). */
  static Set<LocalDate> held(Connection c, String server, Collection<LocalDate> days, long now) throws SQLException {
    Set<LocalDate> out = new HashSet<>();
    SortedSet<LocalDate> sorted = new TreeSet<>(days);
    try (PreparedStatement ps = c.prepareStatement("SELECT local_day FROM click_fetch_claim WHERE server_id = ?"
        + " AND local_day BETWEEN ? AND ? AND holder IS NOT NULL AND lease_until >= ?")) {
      ps.setString(1, server);
      ps.setDate(2, Date.valueOf(sorted.first()));
      ps.setDate(3, Date.valueOf(sorted.last()));
      ps.setLong(4, now);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate d = rs.getDate(1).toLocalDate();
          if (sorted.contains(d)) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  private void update(String server, LocalDate first, LocalDate last, String holder, Long leaseUntil) {
    String sql = leaseUntil == null
        ? "UPDATE click_fetch_claim SET holder = NULL, lease_until = NULL WHERE server_id = ? AND local_day BETWEEN ?"
            + " AND ? AND holder = ?"
        : "UPDATE click_fetch_claim SET lease_until = ? WHERE server_id = ? AND local_day BETWEEN ? AND ?"
            + " AND holder = ?";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        if (leaseUntil != null) {
          ps.setLong(i++, leaseUntil);
        }
        ps.setString(i++, server);
        ps.setDate(i++, Date.valueOf(first));
        ps.setDate(i++, Date.valueOf(last));
        ps.setString(i, holder);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot update the fetch claims of server " + server, e);
    }
  }
}
