package app.clicks.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the alert checks read of a server's recent stored clicks, grouped in SQL: clicks by hour of the report
 * timezone, the newest click, and each ad's clicks and newest click. It reads the store only: the caller syncs the
 * days first (through {@link ClickStore#totals}, which counts the wolkvox calls). Clicks whose date wolkvox sent
 * unreadable are left out (they have no hour).
 */
public final class RecentClicks {
  /** The clicks of one local hour ({@code hour} 0..23 of {@code day} in the report timezone). */
  public record HourCount(LocalDate day, int hour, long clicks) {}

  /**
   * An ad's clicks: {@code before} those on the days before {@code today} (the read's first day on), {@code newest}
   * its newest click.
   */
  public record AdActivity(String sourceId, String sourceUrl, long before, Instant newest) {}

  /** The recent clicks: by hour, the newest (null when none), by ad (source_id, "" included). */
  public record Activity(List<HourCount> hours, Instant newest, Map<String, AdActivity> ads) {
    public Activity {
      hours = List.copyOf(hours);
      ads = Map.copyOf(ads);
    }
  }

  private static final String WHERE =
      " WHERE k.server_key = ? AND k.local_day >= ? AND k.local_day <= ? AND k.local_hour IS NOT NULL";

  private final DataSource dataSource;

  public RecentClicks(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The stored clicks of {@code serverId} on the days {@code from} to {@code today} (both included). */
  public Activity read(String serverId, LocalDate from, LocalDate today) {
    try (Connection c = dataSource.getConnection()) {
      Short key = Dictionary.serverKey(c, serverId);
      if (key == null) {
        return new Activity(List.of(), null, Map.of());
      }
      List<HourCount> hours = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT k.local_day, k.local_hour, COUNT(*) FROM click k" + WHERE + " GROUP BY k.local_day, k.local_hour")) {
        bind(ps, key, from, today);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            hours.add(new HourCount(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getLong(3)));
          }
        }
      }
      Map<String, AdActivity> ads = new LinkedHashMap<>();
      Instant newest = null;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.text, MAX(u.text), SUM(CASE WHEN k.local_day < ? THEN 1 ELSE 0 END), MAX(k.ts) FROM click k"
              + " JOIN click_ad a ON a.ad_id = k.ad JOIN click_text s ON s.text_id = a.source_id"
              + " JOIN click_text u ON u.text_id = a.source_url" + WHERE + " GROUP BY s.text")) {
        ps.setDate(1, Date.valueOf(today));
        bind(ps, key, from, today, 2);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Instant last = Instant.ofEpochMilli(rs.getLong(4));
            ads.put(rs.getString(1), new AdActivity(rs.getString(1), rs.getString(2), rs.getLong(3), last));
            newest = newest == null || last.isAfter(newest) ? last : newest;
          }
        }
      }
      return new Activity(hours, newest, ads);
    } catch (SQLException e) {
      throw new StoreException("Cannot read the recent clicks of server " + serverId, e);
    }
  }

  private static void bind(PreparedStatement ps, short key, LocalDate from, LocalDate to) throws SQLException {
    bind(ps, key, from, to, 1);
  }

  private static void bind(PreparedStatement ps, short key, LocalDate from, LocalDate to, int at)
      throws SQLException {
    ps.setShort(at, key);
    ps.setDate(at + 1, Date.valueOf(from));
    ps.setDate(at + 2, Date.valueOf(to));
  }
}
