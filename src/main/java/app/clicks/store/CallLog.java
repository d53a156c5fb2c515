package app.clicks.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/** Counts wolkvox HTTP requests per server and report-timezone day, in the database shared by every process. */
final class CallLog {
  private final DataSource dataSource;

  CallLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Adds {@code calls} to the count of (server, day), in its own transaction so that it survives a rollback. */
  void add(String serverId, LocalDate day, int calls) {
    if (calls <= 0) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ins = c.prepareStatement(
          "INSERT INTO wolkvox_call_count (server_id, local_day, calls) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")) {
        ins.setString(1, serverId);
        ins.setDate(2, Date.valueOf(day));
        ins.executeUpdate();
      }
      try (PreparedStatement up = c.prepareStatement(
          "UPDATE wolkvox_call_count SET calls = calls + ? WHERE server_id = ? AND local_day = ?")) {
        up.setInt(1, calls);
        up.setString(2, serverId);
        up.setDate(3, Date.valueOf(day));
        up.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot count wolkvox calls of server " + serverId, e);
    }
  }

  /** The calls counted for (server, day), 0 when none. */
  int calls(String serverId, LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT calls FROM wolkvox_call_count WHERE server_id = ? AND local_day = ?")) {
      ps.setString(1, serverId);
      ps.setDate(2, Date.valueOf(day));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the wolkvox call count of server " + serverId, e);
    }
  }

  /** Forgets counts of days before {@code cutoff}. */
  int deleteBefore(LocalDate cutoff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM wolkvox_call_count WHERE local_day < ?")) {
      ps.setDate(1, Date.valueOf(cutoff));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("Cannot delete old wolkvox call counts", e);
    }
  }
}
