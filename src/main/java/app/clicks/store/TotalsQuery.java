package app.clicks.store;

import app.clicks.report.AdCount;
import app.clicks.report.Hash64;
import app.clicks.report.LongHashSet;
import app.clicks.report.OutcomeCounts;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
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
 * click_day_outcomes), the partial days at a period's edges (a running period ends now) from the records, and
 * distinct chats as the union of the stored per-day chat sets. Only grouped rows (and 8 bytes a distinct chat) cross
 * JDBC. Clicks are counted by day too ({@link Totals#byDay}): the dated clicks of each whole day, and of each partial
 * day on the day it falls on; a click whose date wolkvox sent unreadable is in the totals but on no day (nor hour).
 */
final class TotalsQuery {
  /**
   * The clicks of a partial day: of a server (its key), by instant. The day range (a day on either side of the
   * instants' days, for a report timezone changed since) lets the (server_key, local_day) index find them.
   */
  private static final String RAW_WHERE =
      " WHERE k.server_key = ? AND k.local_day BETWEEN ? AND ? AND k.ts >= ? AND k.ts < ?";
  private static final String AD = " JOIN click_ad a ON a.ad_id = k.ad JOIN click_text s ON s.text_id = a.source_id";

  private TotalsQuery() {}

  /** Totals of [current.start, current.end) and [previous.start, previous.end) by instant: index 1 and 0. */
  static Totals[] totals(Connection c, String serverId, PeriodPair periods, ZoneId zone) throws SQLException {
    return totals(c, serverId, periods, zone, Slice.ALL);
  }

  /**
   * As {@link #totals(Connection, String, PeriodPair, ZoneId)}, of one slice: whole days from click_day_slices
   * ({@link SlicedDays}), the partial days at a period's edges from the slice's records.
   */
  static Totals[] totals(Connection c, String serverId, PeriodPair periods, ZoneId zone, Slice slice)
      throws SQLException {
    Short key = Dictionary.serverKey(c, serverId);
    Integer sliceKey = slice.isAll() ? null : SlicedDays.textId(c, slice.key());
    Raw raw = key == null ? null : new Raw(c, key, zone, filter(slice, sliceKey));
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
        // Less than a whole day: cut at midnight, so that each raw call lies within one day (for byDay).
        Instant midnight = to.atStartOfDay(zone).toInstant();
        if (midnight.isAfter(start) && midnight.isBefore(end)) {
          raw(raw, start, midnight, b[i]);
          raw(raw, midnight, end, b[i]);
        } else {
          raw(raw, start, end, b[i]);
        }
        whole[i] = new LocalDate[] {from, from};
        continue;
      }
      whole[i] = new LocalDate[] {from, to};
      raw(raw, start, from.atStartOfDay(zone).toInstant(), b[i]);
      raw(raw, to.atStartOfDay(zone).toInstant(), end, b[i]);
    }
    LongHashSet[] chats = {new LongHashSet(4096), new LongHashSet(4096)};
    if (slice.isAll()) {
      days(c, serverId, whole, b);
      clicksByDay(c, serverId, whole, b);
      dayOutcomes(c, serverId, whole, b);
      wholeDayChats(c, serverId, whole, chats);
    } else if (sliceKey != null) {
      SlicedDays.add(c, serverId, slice.kind(), sliceKey, whole, b, chats);
    }
    partialDayChats(raw, p, whole, zone, chats);
    b[0].chats = chats[0].size();
    b[1].chats = chats[1].size();
    return new Totals[] {b[0].build(), b[1].build()};
  }

  /**
   * What the records of a partial day must match to be in the slice: nothing for every click; the routing point's or
   * the ad's click_text id (a number read from the database, never a person's text); no record when the key was
   * never stored.
   */
  private static String filter(Slice slice, Integer textId) {
    if (slice.isAll()) {
      return "";
    }
    if (textId == null) {
      return " AND 1 = 0";
    }
    return slice.kind() == Slice.Kind.ROUTING_POINT
        ? " AND k.rp = " + textId
        : " AND k.ad IN (SELECT ad_id FROM click_ad WHERE source_id = " + textId + ")";
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

  /**
   * Adds the clicks of each whole day of [whole[i][0], whole[i][1]) to b[i].byDay, for both periods in one query.
   * A day's clicks with a readable date are its hour rows (dim 'h'): a record wolkvox sent an unreadable date for is
   * in the day's 'c' row (filed under the first day of its request window) but on no hour, and report.ClickTally
   * cannot place it on a day either; so byDay counts dated clicks only, in the store as in a tally.
   */
  private static void clicksByDay(Connection c, String serverId, LocalDate[][] whole, Builder[] b)
      throws SQLException {
    eachWholeDay(c, "SELECT local_day, SUM(clicks) FROM click_day_total WHERE server_id = ? AND dim = 'h'"
        + " AND local_day >= ? AND local_day < ? GROUP BY local_day", serverId, whole, b,
        (rs, day, builder) -> builder.addDay(day, rs.getLong(2)));
  }

  /** Adds the per-day clicks by ad and agent × outcome of [whole[i][0], whole[i][1]) to b[i], in one query. */
  private static void dayOutcomes(Connection c, String serverId, LocalDate[][] whole, Builder[] b)
      throws SQLException {
    eachWholeDay(c, "SELECT local_day, counts FROM click_day_outcomes WHERE server_id = ? AND local_day >= ?"
        + " AND local_day < ?", serverId, whole, b,
        (rs, day, builder) -> OutcomePack.unpack(rs.getBytes(2), builder::addOutcome));
  }

  /** What one row of a per-day query (its day in column 1) adds to its period's builder. */
  @FunctionalInterface
  private interface DayRow {
    void add(ResultSet rs, LocalDate day, Builder period) throws SQLException;
  }

  /**
   * Runs {@code sql} (bound to the server, the first whole day of either period and the end of the later one) once
   * for both periods, and hands each row to the builder of the period its day belongs to (rows of neither: skipped).
   */
  private static void eachWholeDay(Connection c, String sql, String serverId, LocalDate[][] whole, Builder[] b,
      DayRow row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, serverId);
      ps.setDate(2, Date.valueOf(min(whole[0][0], whole[1][0])));
      ps.setDate(3, Date.valueOf(max(whole[0][1], whole[1][1])));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getDate(1).toLocalDate();
          int i = within(day, whole[1]) ? 1 : within(day, whole[0]) ? 0 : -1;
          if (i >= 0) {
            row.add(rs, day, b[i]);
          }
        }
      }
    }
  }


  private static boolean within(LocalDate day, LocalDate[] range) {
    return !day.isBefore(range[0]) && day.isBefore(range[1]);
  }

  /**
   * Adds the records of [from, to) to {@code b}, aggregated in SQL (for the partial days of a period). [from, to)
   * lies within one day of the report timezone: its dated clicks (the hour rows) count for the day of {@code from}.
   */
  private static void raw(Raw raw, Instant from, Instant to, Builder b) throws SQLException {
    if (raw == null || !from.isBefore(to)) {
      return;
    }
    LocalDate day = from.atZone(raw.zone()).toLocalDate();
    String where = raw.where();
    String sql = "SELECT 'c', '', '', '', '', COUNT(*) FROM click k" + where
        + " UNION ALL SELECT 'w', '', '', '', '', COUNT(*) FROM click k JOIN click_text g ON g.text_id = k.agent"
        + where + " AND TRIM(g.text) = ''"
        + " UNION ALL SELECT 'a', s.text, MAX(u.text), MAX(t.text), MAX(m.text), COUNT(*) FROM click k" + AD
        + " JOIN click_text u ON u.text_id = a.source_url JOIN click_text t ON t.text_id = a.source_type"
        + " JOIN click_text m ON m.text_id = a.media_type" + where + " GROUP BY s.text"
        + " UNION ALL SELECT 'g', g.text, '', '', '', COUNT(*) FROM click k JOIN click_text g ON g.text_id = k.agent"
        + where + " AND TRIM(g.text) <> '' GROUP BY g.text"
        + " UNION ALL SELECT 'r', r.text, '', '', '', COUNT(*) FROM click k JOIN click_text r ON r.text_id = k.rp"
        + where + " GROUP BY r.text"
        + " UNION ALL SELECT 'o', o.text, '', '', '', COUNT(*) FROM click k JOIN click_text o ON o.text_id = k.outcome"
        + where + " GROUP BY o.text"
        + " UNION ALL SELECT 'h', CAST(k.local_hour AS VARCHAR), '', '', '', COUNT(*) FROM click k" + where
        + " AND k.local_hour IS NOT NULL GROUP BY k.local_hour";
    try (PreparedStatement ps = raw.c.prepareStatement(sql)) {
      for (int i = 0; i < 7; i++) {
        raw.bind(ps, i * 5 + 1, from, to);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String dim = rs.getString(1);
          b.add(dim, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
          if ("h".equals(dim)) {
            b.addDay(day, rs.getLong(6));
          }
        }
      }
    }
    rawOutcomes(raw, from, to, b);
  }

  /** Adds the clicks by ad and agent × outcome of the records of [from, to) to {@code b}, as click_day_outcomes. */
  private static void rawOutcomes(Raw raw, Instant from, Instant to, Builder b) throws SQLException {
    String where = raw.where();
    String sql = "SELECT 'a', s.text, UPPER(TRIM(o.text)), COUNT(*) FROM click k" + AD
        + " JOIN click_text o ON o.text_id = k.outcome" + where + " GROUP BY s.text, UPPER(TRIM(o.text))"
        + " UNION ALL SELECT 'g', g.text, UPPER(TRIM(o.text)), COUNT(*) FROM click k"
        + " JOIN click_text g ON g.text_id = k.agent JOIN click_text o ON o.text_id = k.outcome" + where
        + " AND TRIM(g.text) <> '' GROUP BY g.text, UPPER(TRIM(o.text))";
    try (PreparedStatement ps = raw.c.prepareStatement(sql)) {
      for (int i = 0; i < 2; i++) {
        raw.bind(ps, i * 5 + 1, from, to);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b.addOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
        }
      }
    }
  }

  /**
   * Where the clicks of a server are read for partial days: its key, the report timezone, and what else a record
   * must match (a slice's condition, or nothing).
   */
  private record Raw(Connection c, short key, ZoneId zone, String filter) {
    /** RAW_WHERE and the filter. */
    String where() {
      return RAW_WHERE + filter;
    }

    /** Binds RAW_WHERE's five parameters from {@code at}. */
    void bind(PreparedStatement ps, int at, Instant from, Instant to) throws SQLException {
      ps.setShort(at, key);
      ps.setDate(at + 1, Date.valueOf(from.atZone(zone).toLocalDate().minusDays(1)));
      ps.setDate(at + 2, Date.valueOf(to.atZone(zone).toLocalDate().plusDays(1)));
      ps.setLong(at + 3, from.toEpochMilli());
      ps.setLong(at + 4, to.toEpochMilli());
    }
  }

  /**
   * Distinct non-empty chats of each period, as report.ClickTally counts them (64-bit hashes): the union of the
   * stored chat sets of its whole days (here) and of the chats of its partial days ({@link #partialDayChats}).
   */
  private static void wholeDayChats(Connection c, String serverId, LocalDate[][] whole, LongHashSet[] sets)
      throws SQLException {
    for (int i = 0; i < 2; i++) {
      try (PreparedStatement ps = c.prepareStatement("SELECT hashes FROM click_day_chats"
          + " WHERE server_id = ? AND local_day >= ? AND local_day < ?")) {
        ps.setString(1, serverId);
        ps.setDate(2, Date.valueOf(whole[i][0]));
        ps.setDate(3, Date.valueOf(whole[i][1]));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ByteBuffer bytes = ByteBuffer.wrap(rs.getBytes(1));
            while (bytes.remaining() >= 8) {
              sets[i].add(bytes.getLong());
            }
          }
        }
      }
    }
  }

  /** Adds the chats of each period's partial days (before and after its whole days) to its set. */
  private static void partialDayChats(Raw raw, Period[] p, LocalDate[][] whole, ZoneId zone, LongHashSet[] sets)
      throws SQLException {
    for (int i = 0; i < 2; i++) {
      Instant wholeStart = whole[i][0].atStartOfDay(zone).toInstant();
      Instant wholeEnd = whole[i][1].atStartOfDay(zone).toInstant();
      if (!whole[i][0].isBefore(whole[i][1])) {
        rawChats(raw, p[i].startInstant(), p[i].endInstant(), sets[i]);
      } else {
        rawChats(raw, p[i].startInstant(), wholeStart, sets[i]);
        rawChats(raw, wholeEnd, p[i].endInstant(), sets[i]);
      }
    }
  }

  /** Adds the hashes of the non-empty chat ids of [from, to) to {@code set}. */
  private static void rawChats(Raw raw, Instant from, Instant to, LongHashSet set) throws SQLException {
    if (raw == null || !from.isBefore(to)) {
      return;
    }
    try (PreparedStatement ps = raw.c.prepareStatement(
        "SELECT k.chat_id FROM click k" + raw.where() + " AND k.chat_id <> ''")) {
      raw.bind(ps, 1, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          set.add(Hash64.of(rs.getString(1)));
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
  static final class Builder {
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
    final Map<LocalDate, Long> byDay = new HashMap<>();

    /** Dated clicks on {@code day}; a day without any is left out, as report.ClickTally leaves it. */
    void addDay(LocalDate day, long n) {
      if (n > 0) {
        byDay.merge(day, n, Long::sum);
      }
    }

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
          new OutcomeCounts(adOutcomes), new OutcomeCounts(agentOutcomes), byDay);
    }
  }
}
