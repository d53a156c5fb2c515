package app.clicks.store;

import app.clicks.report.AdCount;
import app.clicks.report.Totals;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes the per-day aggregates (click_day_total), clicks by ad and by agent × outcome (click_day_outcomes),
 * distinct chat sets (click_day_chats) and clicks for slices by routing point and ad (click_day_slices) of replaced
 * days.
 */
final class DayTotals {
  /** Hashes per click_day_chats row: 400 KB, under H2's 1 MB limit for a BYTEA value. */
  static final int HASHES_PER_PART = 50_000;

  /** The per-day aggregates, each written here and deleted with its day. */
  static final String[] TABLES = {"click_day_total", "click_day_outcomes", "click_day_chats", "click_day_slices"};

  private DayTotals() {}

  /** Replaces the aggregates of [first, last] of {@code serverId} by {@code days} (days absent had no records). */
  static void replace(Connection c, String serverId, LocalDate first, LocalDate last,
      Map<LocalDate, ReplacingReceiver.Day> days) throws SQLException {
    for (String table : TABLES) {
      try (PreparedStatement del = c.prepareStatement(
          "DELETE FROM " + table + " WHERE server_id = ? AND local_day BETWEEN ? AND ?")) {
        del.setString(1, serverId);
        del.setDate(2, Date.valueOf(first));
        del.setDate(3, Date.valueOf(last));
        del.executeUpdate();
      }
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO click_day_total"
        + " (server_id, local_day, dim, k, url, stype, media, clicks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, ReplacingReceiver.Day> e : days.entrySet()) {
        Totals t = e.getValue().totals();
        Row row = new Row(ins, serverId, e.getKey());
        row.add("c", "", t.clicks());
        row.add("w", "", t.withoutAgent());
        for (AdCount ad : t.ads()) {
          row.add("a", ad.sourceId(), ad.sourceUrl(), ad.sourceType(), ad.mediaType(), ad.clicks());
        }
        t.agents().forEach((k, n) -> row.add("g", k, n));
        t.routingPoints().forEach((k, n) -> row.add("r", k, n));
        t.outcomes().forEach((k, n) -> row.add("o", k, n));
        for (int h = 0; h < 24; h++) {
          row.add("h", Integer.toString(h), t.byHour().get(h));
        }
      }
      ins.executeBatch();
    }
    try (PreparedStatement ins = c.prepareStatement(
        "INSERT INTO click_day_outcomes (server_id, local_day, part, counts) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, ReplacingReceiver.Day> e : days.entrySet()) {
        Totals t = e.getValue().totals();
        List<byte[]> parts = OutcomePack.pack(Map.of("a", t.adOutcomes().byId(), "g", t.agentOutcomes().byId()));
        for (int part = 0; part < parts.size(); part++) {
          ins.setString(1, serverId);
          ins.setDate(2, Date.valueOf(e.getKey()));
          ins.setInt(3, part);
          ins.setBytes(4, parts.get(part));
          ins.addBatch();
        }
      }
      ins.executeBatch();
    }
    try (PreparedStatement ins = c.prepareStatement(
        "INSERT INTO click_day_chats (server_id, local_day, part, hashes) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, ReplacingReceiver.Day> e : days.entrySet()) {
        long[] hashes = e.getValue().chats();
        for (int part = 0; part * HASHES_PER_PART < hashes.length; part++) {
          int from = part * HASHES_PER_PART;
          int n = Math.min(HASHES_PER_PART, hashes.length - from);
          ByteBuffer bytes = ByteBuffer.allocate(n * 8);
          for (int i = 0; i < n; i++) {
            bytes.putLong(hashes[from + i]);
          }
          ins.setString(1, serverId);
          ins.setDate(2, Date.valueOf(e.getKey()));
          ins.setInt(3, part);
          ins.setBytes(4, bytes.array());
          ins.addBatch();
        }
      }
      ins.executeBatch();
    }
    try (PreparedStatement ins = c.prepareStatement(
        "INSERT INTO click_day_slices (server_id, local_day, part, counts) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, ReplacingReceiver.Day> e : days.entrySet()) {
        writeSlices(ins, serverId, e.getKey(), e.getValue().slices(), e.getValue().chats());
      }
      ins.executeBatch();
    }
  }

  /** Adds the click_day_slices parts of one day to the insert batch (V15, and what the migration backfills). */
  static void writeSlices(PreparedStatement ins, String serverId, LocalDate day, SlicePack.Day slices, long[] chats)
      throws SQLException {
    List<byte[]> parts = slices.pack(chats);
    for (int part = 0; part < parts.size(); part++) {
      ins.setString(1, serverId);
      ins.setDate(2, Date.valueOf(day));
      ins.setInt(3, part);
      ins.setBytes(4, parts.get(part));
      ins.addBatch();
    }
  }

  /** Adds the non-zero rows of one day to the insert batch. */
  private record Row(PreparedStatement ins, String serverId, LocalDate day) {
    void add(String dim, String key, long n) {
      add(dim, key, "", "", "", n);
    }

    void add(String dim, String key, String url, String type, String media, long n) {
      if (n == 0) {
        return;
      }
      try {
        ins.setString(1, serverId);
        ins.setDate(2, Date.valueOf(day));
        ins.setString(3, dim);
        ins.setString(4, key);
        ins.setString(5, url);
        ins.setString(6, type);
        ins.setString(7, media);
        ins.setLong(8, n);
        ins.addBatch();
      } catch (SQLException e) {
        throw new StoreException("Cannot write the day totals of server " + serverId, e);
      }
    }
  }
}
