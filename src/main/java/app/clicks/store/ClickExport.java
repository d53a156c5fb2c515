package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.report.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads every stored click of a period back, every field, in time order, as a stream: a cursor fetching
 * {@link #FETCH_SIZE} rows at a time (PostgreSQL needs a transaction for that), so that a period of millions of
 * clicks never sits in memory. It reads only: the caller syncs the period first (ClickStore.totals, with the
 * budget rules of an answer).
 */
public final class ClickExport {
  /** Rows a round trip brings. */
  public static final int FETCH_SIZE = 2_000;

  /**
   * A click of the period: dated ones by instant (the day range a day wider, as for the totals, for a report timezone
   * changed since), undated ones (a date wolkvox sent that could not be read) by their stored day.
   */
  private static final String SELECT = "SELECT k.ts, k.local_hour, s.text, u.text, t.text, m.text, mu.text,"
      + " k.chat_id, rp.text, ag.text, o.text, rd.text FROM click k"
      + " JOIN click_ad a ON a.ad_id = k.ad JOIN click_text s ON s.text_id = a.source_id"
      + " JOIN click_text u ON u.text_id = a.source_url JOIN click_text t ON t.text_id = a.source_type"
      + " JOIN click_text m ON m.text_id = a.media_type JOIN click_text mu ON mu.text_id = a.media_url"
      + " JOIN click_text rp ON rp.text_id = k.rp JOIN click_text ag ON ag.text_id = k.agent"
      + " JOIN click_text o ON o.text_id = k.outcome LEFT JOIN click_text rd ON rd.text_id = k.raw_date"
      + " WHERE k.server_key = ? AND k.local_day BETWEEN ? AND ?"
      + " AND ((k.local_hour IS NOT NULL AND k.ts >= ? AND k.ts < ?)"
      + " OR (k.local_hour IS NULL AND k.local_day BETWEEN ? AND ?))"
      + " ORDER BY k.ts, k.chat_id";

  private final DataSource dataSource;

  public ClickExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Gives {@code sink} every stored click of {@code serverId} in {@code period}, in time order.
   *
   * @return how many it gave
   * @throws StoreException when the database fails
   */
  public long each(String serverId, Period period, Consumer<ClickRecord> sink) {
    try (Connection c = dataSource.getConnection()) {
      Short key = Dictionary.serverKey(c, serverId);
      if (key == null) {
        return 0;
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(SELECT, ResultSet.TYPE_FORWARD_ONLY,
          ResultSet.CONCUR_READ_ONLY)) {
        ps.setFetchSize(FETCH_SIZE);
        ps.setShort(1, key);
        ps.setObject(2, period.firstDay().minusDays(1));
        ps.setObject(3, period.lastDay().plusDays(1));
        ps.setLong(4, period.startInstant().toEpochMilli());
        ps.setLong(5, period.endInstant().toEpochMilli());
        ps.setObject(6, period.firstDay());
        ps.setObject(7, period.lastDay());
        long n = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            boolean undated = rs.getObject(2) == null;
            sink.accept(new ClickRecord(rs.getString(4), rs.getString(5), rs.getString(3), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(6), rs.getString(7),
                undated ? null : Instant.ofEpochMilli(rs.getLong(1)), undated ? rs.getString(12) : "",
                rs.getString(11)));
            n++;
          }
        }
        c.commit();
        return n;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException("reading back the clicks of server " + serverId + " for " + period.label(), e);
    }
  }
}
