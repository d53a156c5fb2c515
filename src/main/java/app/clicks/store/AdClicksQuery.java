package app.clicks.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a server's clicks used over some days, for the admins who name ads and choose conversion codes: the ads
 * that brought clicks and the outcome codes the chats were coded with, most clicks first (ties by id), added up
 * from the stored per-day aggregates (click_day_total, dims 'a' and 'o'). Days never fetched count nothing.
 */
public final class AdClicksQuery {
  private final DataSource dataSource;

  public AdClicksQuery(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * An ad (id = chat_14's source_id, url = a link to it, "" when wolkvox gave none) or an outcome code (url ""),
   * with its clicks.
   */
  public record Counted(String id, String url, long clicks) {}

  /** The ads of {@code serverId} with clicks on the report-timezone days [first, last], most clicks first. */
  public List<Counted> ads(String serverId, LocalDate first, LocalDate last) {
    return query(serverId, "a", first, last);
  }

  /**
   * The outcome codes (cod_act, as stored: untrimmed, any case) of the clicks of {@code serverId} on the days
   * [first, last], most clicks first; the url is always "".
   */
  public List<Counted> codesUsed(String serverId, LocalDate first, LocalDate last) {
    return query(serverId, "o", first, last);
  }

  private List<Counted> query(String serverId, String dim, LocalDate first, LocalDate last) {
    List<Counted> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT k, MAX(url), SUM(clicks) FROM click_day_total"
            + " WHERE server_id = ? AND dim = ? AND local_day BETWEEN ? AND ? GROUP BY k"
            + " HAVING SUM(clicks) > 0")) {
      ps.setString(1, serverId);
      ps.setString(2, dim);
      ps.setDate(3, Date.valueOf(first));
      ps.setDate(4, Date.valueOf(last));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Counted(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2), rs.getLong(3)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the recent " + (dim.equals("a") ? "ads" : "outcome codes")
          + " of server " + serverId, e);
    }
    // Ties by id in Java's order, as the answers rank them (a database's collation may differ).
    out.sort(Comparator.comparingLong(Counted::clicks).reversed().thenComparing(Counted::id));
    return out;
  }
}
