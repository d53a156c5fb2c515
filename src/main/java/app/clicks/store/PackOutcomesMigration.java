package app.clicks.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;

/**
 * V9.1, after V9__compact_clicks.sql: packs the rows of click_day_outcome (V7) into click_day_outcomes, a day of a
 * server at a time, then drops click_day_outcome. Java because the packing ({@link OutcomePack}) has no portable
 * SQL form. Every count is kept; no wolkvox call.
 */
final class PackOutcomesMigration extends StoreJavaMigration {

  PackOutcomesMigration() {
    super("9.1", "pack click day outcomes", 91);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (PreparedStatement read = c.prepareStatement("SELECT server_id, local_day, dim, k, outcome, clicks"
            + " FROM click_day_outcome ORDER BY server_id, local_day");
        PreparedStatement write = c.prepareStatement(
            "INSERT INTO click_day_outcomes (server_id, local_day, part, counts) VALUES (?, ?, ?, ?)")) {
      read.setFetchSize(10_000);
      Day day = null;
      int batched = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          String server = rs.getString(1);
          LocalDate d = rs.getDate(2).toLocalDate();
          if (day == null || !day.server.equals(server) || !day.day.equals(d)) {
            if (day != null) {
              batched += day.write(write);
              if (batched >= 500) {
                write.executeBatch();
                batched = 0;
              }
            }
            day = new Day(server, d);
          }
          day.counts.computeIfAbsent(rs.getString(3), x -> new HashMap<>())
              .computeIfAbsent(rs.getString(4), x -> new HashMap<>())
              .merge(rs.getString(5), rs.getLong(6), Long::sum);
        }
      }
      if (day != null) {
        day.write(write);
      }
      write.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE click_day_outcome");
    }
  }

  /** The counts of one day of one server, as they are read. */
  private static final class Day {
    final String server;
    final LocalDate day;
    final Map<String, Map<String, Map<String, Long>>> counts = new HashMap<>();

    Day(String server, LocalDate day) {
      this.server = server;
      this.day = day;
    }

    /** Adds the day's parts to the insert batch; answers how many. */
    int write(PreparedStatement ps) throws SQLException {
      List<byte[]> parts = OutcomePack.pack(counts);
      for (int part = 0; part < parts.size(); part++) {
        ps.setString(1, server);
        ps.setDate(2, Date.valueOf(day));
        ps.setInt(3, part);
        ps.setBytes(4, parts.get(part));
        ps.addBatch();
      }
      return parts.size();
    }
  }
}
