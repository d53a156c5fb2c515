package app.clicks.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes the per-(server, day) sync rows: when each day was last fetched. */
final class SyncState {
  private SyncState() {}

  /** Last fetch of each day in [first, last] that has one (days never fetched are absent). */
  static Map<LocalDate, Instant> fetched(Connection c, String serverId, LocalDate first, LocalDate last, boolean lock)
      throws SQLException {
    String sql = "SELECT local_day, fetched_at FROM click_sync_day WHERE server_id = ? AND local_day BETWEEN ? AND ?"
        + " ORDER BY local_day" + (lock ? " FOR UPDATE" : "");
    Map<LocalDate, Instant> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, serverId);
      ps.setDate(2, Date.valueOf(first));
      ps.setDate(3, Date.valueOf(last));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long at = rs.getLong(2);
          if (!rs.wasNull()) {
            out.put(rs.getDate(1).toLocalDate(), Instant.ofEpochMilli(at));
          }
        }
      }
    }
    return out;
  }

  /** Creates the missing rows of [first, last] (never fetched); safe when another process does the same. */
  static void ensureRows(Connection c, String serverId, LocalDate first, LocalDate last) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO click_sync_day (server_id, local_day, fetched_at) VALUES (?, ?, NULL) ON CONFLICT DO NOTHING")) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        ps.setString(1, serverId);
        ps.setDate(2, Date.valueOf(d));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Marks [first, last] as fetched at {@code at}. */
  static void markFetched(Connection c, String serverId, LocalDate first, LocalDate last, Instant at)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE click_sync_day SET fetched_at = ? WHERE server_id = ? AND local_day BETWEEN ? AND ?")) {
      ps.setLong(1, at.toEpochMilli());
      ps.setString(2, serverId);
      ps.setDate(3, Date.valueOf(first));
      ps.setDate(4, Date.valueOf(last));
      ps.executeUpdate();
    }
  }

  /** The most recent successful fetch of any day of {@code serverId}, or null. */
  static Instant lastFetch(Connection c, String serverId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT MAX(fetched_at) FROM click_sync_day WHERE server_id = ?")) {
      ps.setString(1, serverId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long at = rs.getLong(1);
        return rs.wasNull() ? null : Instant.ofEpochMilli(at);
      }
    }
  }
}
