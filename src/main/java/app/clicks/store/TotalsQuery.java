package app.clicks.store;

import app.clicks.report.AdCount;
import app.clicks.report.LongHashSet;
import app.clicks.report.OutcomeCounts;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates a period and its previous period with SQL: whole days from the per-day aggregates (click_day_total,
 * click_day_outcome), the partial days at a period's edges (a running period ends now) from the records, and
 * distinct chats as the union of the stored per-day chat sets. Only grouped rows (and 8 bytes a distinct chat) cross
 * JDBC.
 */
final class TotalsQuery {
  private static final String RAW_FROM = " FROM click_record WHERE server_id = ? AND ts >= ? AND ts < ?";

  private TotalsQuery() {}

  /** Totals of [current.start, current.end) and [previous.start, previous.end) by instant: index 1 and 0. */
  static Totals[] totals(Connection c, String serverId, PeriodPair periods, ZoneId zone) throws SQLException {
    Period[] p = {periods.previous(), periods.current()};
    Builder[] b = {new Builder(), new Builder()};
    LocalDate[][] whole = new LocalDate[2][];
    for (int i = 0; i < 2; i++) {
      Instant start = p[i].startInstant();
      Instant end = p[i].endInstant();
      LocalDate from = start.atZone(zone).toLocalDate();
      if (!from.atStartOfDay(zone).toInstant().equals(start)) {
        from = from.plusDays(1);
      }
      LocalDate to = end.atZone(zone).toLocalDate();
      if (!to.isAfter(from)) {
        raw(c, serverId, start, end, b[i]);
        whole[i] = new LocalDate[] {from, from};
        continue;
      }
      whole[i] = new LocalDate[] {from, to};
      raw(c, serverId, start, from.atStartOfDay(zone).toInstant(), b[i]);
      raw(c, serverId, to.atStartOfDay(zone).toInstant(), end, b[i]);
    }
    days(c, serverId, whole, b);
    dayOutcomes(c, serverId, whole, b);
    chats(c, serverId, p, whole, zone, b);
    return new Totals[] {b[0].build(), b[1].build()};
  }

  /** Adds the per-day aggregates of [whole[i][0], whole[i][1]) to b[i], for both periods in one query. */
  private static void days(Connection c, String serverId, LocalDate[][] whole, Builder[] b) throws SQLException {
    String sql = "SELECT p, dim, k, MAX(url), MAX(stype), MAX(media), SUM(clicks) FROM (SELECT CASE"
        + " WHEN local_day >= ? AND local_day < ? THEN 1 WHEN local_day >= ? AND local_day < ? THEN 0 ELSE -1 END AS p,"
        + " dim, k, url, stype, media, clicks FROM click_day_total WHERE server_id = ?"
        + " AND local_day >= ? AND local_day < ?) x WHERE p >= 0 GROUP BY p, dim, k";
    LocalDate lo = min(whole[0][0], whole[1][0]);
    LocalDate hi = max(whole[0][1], whole[1][1]);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setDate(1, Date.valueOf(whole[1][0]));
      ps.setDate(2, Date.valueOf(whole[1][1]));
      ps.setDate(3, Date.valueOf(whole[0][0]));
      ps.setDate(4, Date.valueOf(whole[0][1]));
      ps.setString(5, serverId);
      ps.setDate(6, Date.valueOf(lo));
      ps.setDate(7, Date.valueOf(hi));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b[rs.getInt(1)].add(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getLong(7));
        }
      }
    }
  }

  /** Adds the per-day clicks by ad and agent × outcome of [whole[i][0], whole[i][1]) to b[i], in one query. */
  private static void dayOutcomes(Connection c, String serverId, LocalDate[][] whole, Builder[] b)
      throws SQLException {
    String sql = "SELECT p, dim, k, outcome, SUM(clicks) FROM (SELECT CASE"
        + " WHEN local_day >= ? AND local_day < ? THEN 1 WHEN local_day >= ? AND local_day < ? THEN 0 ELSE -1 END AS p,"
        + " dim, k, outcome, clicks FROM click_day_outcome WHERE server_id = ?"
        + " AND local_day >= ? AND local_day < ?) x WHERE p >= 0 GROUP BY p, dim, k, outcome";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setDate(1, Date.valueOf(whole[1][0]));
      ps.setDate(2, Date.valueOf(whole[1][1]));
      ps.setDate(3, Date.valueOf(whole[0][0]));
      ps.setDate(4, Date.valueOf(whole[0][1]));
      ps.setString(5, serverId);
      ps.setDate(6, Date.valueOf(min(whole[0][0], whole[1][0])));
      ps.setDate(7, Date.valueOf(max(whole[0][1], whole[1][1])));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b[rs.getInt(1)].addOutcome(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
        }
      }
    }
  }

  /** Adds the records of [from, to) to {@code b}, aggregated in SQL (for the partial days of a period). */
  private static void raw(Connection c, String serverId, Instant from, Instant to, Builder b) throws SQLException {
    if (!from.isBefore(to)) {
      return;
    }
    String sql = "SELECT 'c', '', '', '', '', COUNT(*)" + RAW_FROM
        + " UNION ALL SELECT 'w', '', '', '', '', COUNT(*)" + RAW_FROM + " AND TRIM(agent_id) = ''"
        + " UNION ALL SELECT 'a', source_id, MAX(source_url), MAX(source_type), MAX(media_type), COUNT(*)" + RAW_FROM
        + " GROUP BY source_id"
        + " UNION ALL SELECT 'g', agent_id, '', '', '', COUNT(*)" + RAW_FROM + " AND TRIM(agent_id) <> ''"
        + " GROUP BY agent_id"
        + " UNION ALL SELECT 'r', rp_id, '', '', '', COUNT(*)" + RAW_FROM + " GROUP BY rp_id"
        + " UNION ALL SELECT 'o', cod_act, '', '', '', COUNT(*)" + RAW_FROM + " GROUP BY cod_act"
        + " UNION ALL SELECT 'h', CAST(local_hour AS VARCHAR), '', '', '', COUNT(*)" + RAW_FROM
        + " AND local_hour IS NOT NULL GROUP BY local_hour";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < 7; i++) {
        ps.setString(i * 3 + 1, serverId);
        ps.setLong(i * 3 + 2, from.toEpochMilli());
        ps.setLong(i * 3 + 3, to.toEpochMilli());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
        }
      }
    }
    rawOutcomes(c, serverId, from, to, b);
  }

  /** Adds the clicks by ad and agent × outcome of the records of [from, to) to {@code b}, as click_day_outcome. */
  private static void rawOutcomes(Connection c, String serverId, Instant from, Instant to, Builder b)
      throws SQLException {
    String sql = "SELECT 'a', source_id, UPPER(TRIM(cod_act)), COUNT(*)" + RAW_FROM
        + " GROUP BY source_id, UPPER(TRIM(cod_act))"
        + " UNION ALL SELECT 'g', agent_id, UPPER(TRIM(cod_act)), COUNT(*)" + RAW_FROM + " AND TRIM(agent_id) <> ''"
        + " GROUP BY agent_id, UPPER(TRIM(cod_act))";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < 2; i++) {
        ps.setString(i * 3 + 1, serverId);
        ps.setLong(i * 3 + 2, from.toEpochMilli());
        ps.setLong(i * 3 + 3, to.toEpochMilli());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b.addOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
        }
      }
    }
  }

  /**
   * Distinct non-empty chats of each period, as report.ClickTally counts them (64-bit hashes): the union of the
   * stored chat sets of its whole days and of the chats of its partial days.
   */
  private static void chats(Connection c, String serverId, Period[] p, LocalDate[][] whole, ZoneId zone, Builder[] b)
      throws SQLException {
    for (int i = 0; i < 2; i++) {
      LongHashSet set = new LongHashSet(4096);
      try (PreparedStatement ps = c.prepareStatement("SELECT hashes FROM click_day_chats"
          + " WHERE server_id = ? AND local_day >= ? AND local_day < ?")) {
        ps.setString(1, serverId);
        ps.setDate(2, Date.valueOf(whole[i][0]));
        ps.setDate(3, Date.valueOf(whole[i][1]));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ByteBuffer bytes = ByteBuffer.wrap(rs.getBytes(1));
            while (bytes.remaining() >= 8) {
              set.add(bytes.getLong());
            }
          }
        }
      }
      Instant wholeStart = whole[i][0].atStartOfDay(zone).toInstant();
      Instant wholeEnd = whole[i][1].atStartOfDay(zone).toInstant();
      if (!whole[i][0].isBefore(whole[i][1])) {
        rawChats(c, serverId, p[i].startInstant(), p[i].endInstant(), set);
      } else {
        rawChats(c, serverId, p[i].startInstant(), wholeStart, set);
        rawChats(c, serverId, wholeEnd, p[i].endInstant(), set);
      }
      b[i].chats = set.size();
    }
  }

  private static void rawChats(Connection c, String serverId, Instant from, Instant to, LongHashSet set)
      throws SQLException {
    if (!from.isBefore(to)) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT chat_hash" + RAW_FROM + " AND chat_hash IS NOT NULL")) {
      ps.setString(1, serverId);
      ps.setLong(2, from.toEpochMilli());
      ps.setLong(3, to.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          set.add(rs.getLong(1));
        }
      }
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Collects one period's aggregates from several partial results. */
  private static final class Builder {
    long clicks;
    long chats;
    long withoutAgent;
    final Map<String, AdCount> ads = new HashMap<>();
    final Map<String, Long> agents = new HashMap<>();
    final Map<String, Long> routingPoints = new HashMap<>();
    final Map<String, Long> outcomes = new HashMap<>();
    final long[] byHour = new long[24];
    final Map<String, Map<String, Long>> adOutcomes = new HashMap<>();
    final Map<String, Map<String, Long>> agentOutcomes = new HashMap<>();

    /** Clicks of an ad (dim a) or agent (dim g) with an outcome. */
    void addOutcome(String dim, String key, String outcome, long n) {
      Map<String, Map<String, Long>> into = "a".equals(dim) ? adOutcomes : agentOutcomes;
      into.computeIfAbsent(key, k -> new HashMap<>()).merge(outcome, n, Long::sum);
    }

    void add(String dim, String key, String url, String type, String media, long n) {
      switch (dim) {
        case "c" -> clicks += n;
        case "w" -> withoutAgent += n;
        case "a" -> ads.merge(key, new AdCount(key, url, type, media, n), Builder::merge);
        case "g" -> agents.merge(key, n, Long::sum);
        case "r" -> routingPoints.merge(key, n, Long::sum);
        case "o" -> outcomes.merge(key, n, Long::sum);
        default -> byHour[Integer.parseInt(key.trim())] += n;
      }
    }

    private static AdCount merge(AdCount a, AdCount b) {
      return new AdCount(a.sourceId(), a.sourceUrl().isEmpty() ? b.sourceUrl() : a.sourceUrl(),
          a.sourceType().isEmpty() ? b.sourceType() : a.sourceType(),
          a.mediaType().isEmpty() ? b.mediaType() : a.mediaType(), a.clicks() + b.clicks());
    }

    Totals build() {
      List<AdCount> list = new ArrayList<>(ads.values());
      list.sort(Comparator.comparingLong(AdCount::clicks).reversed().thenComparing(AdCount::sourceId));
      List<Long> hours = new ArrayList<>(24);
      for (long h : byHour) {
        hours.add(h);
      }
      return new Totals(clicks, chats, withoutAgent, list, agents, routingPoints, outcomes, hours,
          new OutcomeCounts(adOutcomes), new OutcomeCounts(agentOutcomes));
    }
  }
}
