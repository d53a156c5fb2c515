package app.clicks.store;

import app.clicks.report.AdCount;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates a period and its previous period from the stored records with SQL (GROUP BY, COUNT DISTINCT): each
 * query scans both periods once and splits them with a CASE, so only grouped rows cross JDBC.
 */
final class TotalsQuery {
  /** p = 1 for the current period, 0 for the previous one, -1 for the gap between them. */
  private static final String PART = "CASE WHEN ts >= ? AND ts < ? THEN 1 WHEN ts >= ? AND ts < ? THEN 0 ELSE -1 END";
  private static final String WHERE = " FROM click_record WHERE server_id = ? AND ts >= ? AND ts < ?";

  private TotalsQuery() {}

  /** Totals of [current.start, current.end) and [previous.start, previous.end) by instant: index 1 and 0. */
  static Totals[] totals(Connection c, String serverId, PeriodPair periods) throws SQLException {
    Builder[] b = {new Builder(), new Builder()};
    Bounds q = new Bounds(serverId, periods);
    try (PreparedStatement ps = q.prepare(c, "SELECT p, COUNT(*), COUNT(DISTINCT NULLIF(chat_id, '')),"
        + " SUM(CASE WHEN TRIM(agent_id) = '' THEN 1 ELSE 0 END) FROM (SELECT " + PART + " AS p, chat_id, agent_id"
        + WHERE + ") x WHERE p >= 0 GROUP BY p")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Builder t = b[rs.getInt(1)];
          t.clicks = rs.getLong(2);
          t.chats = rs.getLong(3);
          t.withoutAgent = rs.getLong(4);
        }
      }
    }
    try (PreparedStatement ps = q.prepare(c, "SELECT p, source_id, MAX(source_url), MAX(source_type),"
        + " MAX(media_type), COUNT(*) FROM (SELECT " + PART + " AS p, source_id, source_url, source_type, media_type"
        + WHERE + ") x WHERE p >= 0 GROUP BY p, source_id")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b[rs.getInt(1)].ads.add(new AdCount(
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
        }
      }
    }
    try (PreparedStatement ps = q.prepare(c, "SELECT p, k, v, COUNT(*) FROM ("
        + "SELECT " + PART + " AS p, 'a' AS k, agent_id AS v" + WHERE + " AND TRIM(agent_id) <> ''"
        + " UNION ALL SELECT " + PART + ", 'r', rp_id" + WHERE
        + " UNION ALL SELECT " + PART + ", 'o', cod_act" + WHERE
        + " UNION ALL SELECT " + PART + ", 'h', CAST(local_hour AS VARCHAR)" + WHERE + " AND local_hour IS NOT NULL"
        + ") x WHERE p >= 0 GROUP BY p, k, v", 4)) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b[rs.getInt(1)].add(rs.getString(2), rs.getString(3), rs.getLong(4));
        }
      }
    }
    return new Totals[] {b[0].build(), b[1].build()};
  }

  /** The parameters of one period pair: the CASE bounds, then the server and the scanned range. */
  private record Bounds(String serverId, PeriodPair periods) {
    PreparedStatement prepare(Connection c, String sql) throws SQLException {
      return prepare(c, sql, 1);
    }

    PreparedStatement prepare(Connection c, String sql, int repeats) throws SQLException {
      Period cur = periods.current();
      Period prev = periods.previous();
      long lo = Math.min(cur.startInstant().toEpochMilli(), prev.startInstant().toEpochMilli());
      long hi = Math.max(cur.endInstant().toEpochMilli(), prev.endInstant().toEpochMilli());
      PreparedStatement ps = c.prepareStatement(sql);
      int i = 1;
      for (int r = 0; r < repeats; r++) {
        ps.setLong(i++, cur.startInstant().toEpochMilli());
        ps.setLong(i++, cur.endInstant().toEpochMilli());
        ps.setLong(i++, prev.startInstant().toEpochMilli());
        ps.setLong(i++, prev.endInstant().toEpochMilli());
        ps.setString(i++, serverId);
        ps.setLong(i++, lo);
        ps.setLong(i++, hi);
      }
      return ps;
    }
  }

  /** Collects one period's aggregates. */
  private static final class Builder {
    long clicks;
    long chats;
    long withoutAgent;
    final List<AdCount> ads = new ArrayList<>();
    final Map<String, Long> agents = new HashMap<>();
    final Map<String, Long> routingPoints = new HashMap<>();
    final Map<String, Long> outcomes = new HashMap<>();
    final Long[] byHour = new Long[24];

    void add(String kind, String key, long n) {
      switch (kind) {
        case "a" -> agents.put(key, n);
        case "r" -> routingPoints.put(key, n);
        case "o" -> outcomes.put(key, n);
        default -> byHour[Integer.parseInt(key.trim())] = n;
      }
    }

    Totals build() {
      ads.sort(Comparator.comparingLong(AdCount::clicks).reversed().thenComparing(AdCount::sourceId));
      List<Long> hours = new ArrayList<>(24);
      for (Long h : byHour) {
        hours.add(h == null ? 0L : h);
      }
      return new Totals(clicks, chats, withoutAgent, ads, agents, routingPoints, outcomes, hours);
    }
  }
}
