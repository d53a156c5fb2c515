package app.clicks.store;

import app.clicks.report.Hash64;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * V15.1, after V15__slice_aggregates.sql: packs the clicks already stored into click_day_slices, a day of a server
 * at a time (through the (server_key, local_day) index), as a fetch writes them. Java because the packing
 * ({@link SlicePack}) has no portable SQL form. No wolkvox call; a stored day is whole (a fetch replaces whole days).
 */
final class SliceBackfillMigration extends StoreJavaMigration {

  SliceBackfillMigration() {
    super("15.1", "backfill click day slices", 151);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<Object[]> days = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT s.server_key, s.server_id, k.local_day"
        + " FROM click k JOIN click_server s ON s.server_key = k.server_key");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        days.add(new Object[] {rs.getShort(1), rs.getString(2), rs.getDate(3).toLocalDate()});
      }
    }
    try (PreparedStatement read = c.prepareStatement("SELECT k.rp, a.source_id, k.agent, k.outcome, k.local_hour,"
            + " k.chat_id FROM click k JOIN click_ad a ON a.ad_id = k.ad WHERE k.server_key = ? AND k.local_day = ?");
        PreparedStatement write = c.prepareStatement(
            "INSERT INTO click_day_slices (server_id, local_day, part, counts) VALUES (?, ?, ?, ?)")) {
      read.setFetchSize(10_000);
      int batched = 0;
      for (Object[] d : days) {
        LocalDate day = (LocalDate) d[2];
        SlicePack.Day slices = new SlicePack.Day();
        LongList chats = new LongList();
        read.setShort(1, (Short) d[0]);
        read.setDate(2, Date.valueOf(day));
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            int hour = rs.getInt(5);
            hour = rs.wasNull() ? SlicePack.UNDATED : hour;
            String chat = rs.getString(6);
            Long hash = chat.isEmpty() ? null : Hash64.of(chat);
            if (hash != null) {
              chats.add(hash);
            }
            slices.add(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), hour, hash);
          }
        }
        // The day's chat set as click_day_chats holds it: the sorted distinct hashes of its non-empty chat ids.
        DayTotals.writeSlices(write, (String) d[1], day, slices, chats.sortedDistinct());
        if (++batched >= 100) {
          write.executeBatch();
          batched = 0;
        }
      }
      write.executeBatch();
    }
  }
}
