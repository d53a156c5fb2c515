package app.clicks.store;

import app.clicks.report.Names;
import app.clicks.wolkvox.ActivityCode;
import app.clicks.wolkvox.Agent;
import app.clicks.wolkvox.DirectoryEntry;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.WolkvoxException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the directory tables: each list's entries and its refresh state, per server. */
final class DirectoryRows {
  private static final int MAX_ERROR = 400;
  private static final String SELECT_STATE = "SELECT list_name, read_day, extra_day, last_read_at, last_tried_at,"
      + " last_error, last_error_kind FROM wolkvox_directory_state WHERE server_id = ?";

  private DirectoryRows() {}

  /** A list's refresh state (every field null when it was never read). */
  record State(LocalDate readDay, LocalDate extraDay, Instant lastReadAt, Instant lastTriedAt, String lastError,
      String errorKind) {
    static final State NEVER = new State(null, null, null, null, null, null);
  }

  /** A stored entry, as the directory needs it. */
  record Row(DirectoryList list, String id, String name, boolean hit) {}

  /** Every stored entry of {@code server}. */
  static List<Row> entries(Connection c, String server) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT list_name, entry_id, entry_name, hit FROM wolkvox_directory_entry WHERE server_id = ?")) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Row(DirectoryList.ofApi(rs.getString(1)), rs.getString(2), rs.getString(3),
              rs.getBoolean(4)));
        }
      }
    }
    return out;
  }

  /** The refresh state of each list of {@code server} (lists never read are absent). */
  static Map<DirectoryList, State> states(Connection c, String server) throws SQLException {
    Map<DirectoryList, State> out = new EnumMap<>(DirectoryList.class);
    try (PreparedStatement ps = c.prepareStatement(SELECT_STATE)) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(DirectoryList.ofApi(rs.getString(1)), state(rs));
        }
      }
    }
    return out;
  }

  /** Entries stored per list of {@code server}. */
  static Map<DirectoryList, Integer> counts(Connection c, String server) throws SQLException {
    Map<DirectoryList, Integer> out = new EnumMap<>(DirectoryList.class);
    try (PreparedStatement ps = c.prepareStatement("SELECT list_name, COUNT(*) FROM wolkvox_directory_entry"
        + " WHERE server_id = ? GROUP BY list_name")) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(DirectoryList.ofApi(rs.getString(1)), rs.getInt(2));
        }
      }
    }
    return out;
  }

  /** Creates the state row of (server, list) when missing; safe when another process does the same. */
  static void ensureState(Connection c, String server, DirectoryList list) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO wolkvox_directory_state (server_id, list_name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, server);
      ps.setString(2, list.api());
      ps.executeUpdate();
    }
  }

  /** The state of (server, list), locked FOR UPDATE until the transaction ends. */
  static State lock(Connection c, String server, DirectoryList list) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_STATE + " AND list_name = ? FOR UPDATE")) {
      ps.setString(1, server);
      ps.setString(2, list.api());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? state(rs) : State.NEVER;
      }
    }
  }

  /** The names stored for (server, list). */
  static Names names(Connection c, String server, DirectoryList list) throws SQLException {
    Map<String, String> byId = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, entry_name FROM wolkvox_directory_entry"
        + " WHERE server_id = ? AND list_name = ?")) {
      ps.setString(1, server);
      ps.setString(2, list.api());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byId.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return new Names(byId, list.ignoresCase());
  }

  /** Puts {@code entries} in place of what (server, list) had; of two entries with one key, the first named wins. */
  static void replace(Connection c, String server, DirectoryList list, List<DirectoryEntry> entries)
      throws SQLException {
    Map<String, DirectoryEntry> byKey = new LinkedHashMap<>();
    for (DirectoryEntry e : entries) {
      String key = Names.key(e.id(), list.ignoresCase());
      DirectoryEntry had = byKey.get(key);
      if (!key.isEmpty() && (had == null || had.name() == null && e.name() != null)) {
        byKey.put(key, e);
      }
    }
    try (PreparedStatement del = c.prepareStatement(
        "DELETE FROM wolkvox_directory_entry WHERE server_id = ? AND list_name = ?")) {
      del.setString(1, server);
      del.setString(2, list.api());
      del.executeUpdate();
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO wolkvox_directory_entry (server_id, list_name,"
        + " entry_key, entry_id, entry_name, enabled, hit, type_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, DirectoryEntry> k : byKey.entrySet()) {
        DirectoryEntry e = k.getValue();
        ins.setString(1, server);
        ins.setString(2, list.api());
        ins.setString(3, k.getKey());
        ins.setString(4, e.id());
        ins.setString(5, e.name());
        setBoolean(ins, 6, e instanceof Agent a ? a.enabled() : null);
        setBoolean(ins, 7, e instanceof ActivityCode code ? code.hit() : null);
        ins.setString(8, e instanceof ActivityCode code ? code.typeCode() : null);
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  /** Records a successful read of (server, list) at {@code at}, as the daily or the extra read of {@code day}. */
  static void markRead(Connection c, String server, DirectoryList list, DirectoryPolicy.Refresh why,
      LocalDate day, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE wolkvox_directory_state SET "
        + dayColumn(why) + " = ?, last_read_at = ?, last_tried_at = ?, last_error = NULL, last_error_kind = NULL"
        + " WHERE server_id = ? AND list_name = ?")) {
      ps.setDate(1, Date.valueOf(day));
      ps.setLong(2, at.toEpochMilli());
      ps.setLong(3, at.toEpochMilli());
      ps.setString(4, server);
      ps.setString(5, list.api());
      ps.executeUpdate();
    }
  }

  /**
   * Records a failed read of (server, list) at {@code at}: the daily or extra read of {@code day} is used up when
   * {@code why} is not null (a read refused by the budget, made no call, uses up nothing).
   */
  static void markFailed(Connection c, String server, DirectoryList list, DirectoryPolicy.Refresh why,
      LocalDate day, Instant at, String error, WolkvoxException.Kind kind) throws SQLException {
    String used = why == null ? "" : dayColumn(why) + " = ?, ";
    try (PreparedStatement ps = c.prepareStatement("UPDATE wolkvox_directory_state SET " + used
        + "last_tried_at = ?, last_error = ?, last_error_kind = ? WHERE server_id = ? AND list_name = ?")) {
      int i = 1;
      if (why != null) {
        ps.setDate(i++, Date.valueOf(day));
      }
      ps.setLong(i++, at.toEpochMilli());
      ps.setString(i++, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error);
      ps.setString(i++, kind == null ? null : kind.name());
      ps.setString(i++, server);
      ps.setString(i, list.api());
      ps.executeUpdate();
    }
  }

  private static String dayColumn(DirectoryPolicy.Refresh why) {
    return why == DirectoryPolicy.Refresh.EXTRA ? "extra_day" : "read_day";
  }

  private static State state(ResultSet rs) throws SQLException {
    Date read = rs.getDate(2);
    Date extra = rs.getDate(3);
    return new State(read == null ? null : read.toLocalDate(), extra == null ? null : extra.toLocalDate(),
        instant(rs, 4), instant(rs, 5), rs.getString(6), rs.getString(7));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long ms = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
  }

  private static void setBoolean(PreparedStatement ps, int i, Boolean b) throws SQLException {
    if (b == null) {
      ps.setNull(i, Types.BOOLEAN);
    } else {
      ps.setBoolean(i, b);
    }
  }
}
