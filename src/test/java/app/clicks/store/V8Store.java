package app.clicks.store;

import app.clicks.report.AdCount;
import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.Hash64;
import app.clicks.report.OutcomeCounts;
import app.clicks.report.Totals;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a store as the code before V9 did (V1's click_record, V7's click_day_outcome), for the migration tests:
 * the same rows ReplacingReceiver and DayTotals wrote then, by plain SQL.
 */
final class V8Store {
  private V8Store() {}

  /** Stores {@code records} of [first, last] of a server as a fetch before V9 did, in one transaction. */
  static void store(Connection c, String server, ZoneId zone, LocalDate first, LocalDate last,
      List<ClickRecord> records, boolean withAggregates) throws SQLException {
    c.setAutoCommit(false);
    Map<LocalDate, ClickTally> tallies = new TreeMap<>();
    Map<LocalDate, java.util.TreeSet<Long>> chats = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO click_record (server_id, local_day, ts, local_hour,"
        + " source_id, source_url, source_type, media_type, media_url, chat_id, rp_id, agent_id, cod_act, raw_date,"
        + " chat_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ClickRecord r : records) {
        LocalDate day;
        ps.setString(1, server);
        if (r.date() == null) {
          day = first;
          ps.setLong(3, day.atStartOfDay(zone).toInstant().toEpochMilli());
          ps.setNull(4, Types.SMALLINT);
        } else {
          ZonedDateTime local = r.date().atZone(zone);
          LocalDate d = local.toLocalDate();
          day = d.isBefore(first) ? first : d.isAfter(last) ? last : d;
          ps.setLong(3, r.date().toEpochMilli());
          ps.setShort(4, (short) local.getHour());
        }
        ps.setDate(2, Date.valueOf(day));
        ps.setString(5, r.sourceId());
        ps.setString(6, r.sourceUrl());
        ps.setString(7, r.sourceType());
        ps.setString(8, r.mediaType());
        ps.setString(9, r.mediaUrl());
        ps.setString(10, r.chatId());
        ps.setString(11, r.rpId());
        ps.setString(12, r.agentId());
        ps.setString(13, r.codAct());
        ps.setString(14, r.rawDate());
        if (r.chatId().isEmpty()) {
          ps.setNull(15, Types.BIGINT);
        } else {
          ps.setLong(15, Hash64.of(r.chatId()));
          chats.computeIfAbsent(day, d -> new java.util.TreeSet<>()).add(Hash64.of(r.chatId()));
        }
        ps.addBatch();
        tallies.computeIfAbsent(day, d -> new ClickTally(zone)).accept(r);
      }
      ps.executeBatch();
    }
    if (withAggregates) {
      aggregates(c, server, tallies, chats);
    }
    c.commit();
    c.setAutoCommit(true);
  }

  /** click_day_total, click_day_outcome and click_day_chats rows as DayTotals wrote them before V9. */
  private static void aggregates(Connection c, String server, Map<LocalDate, ClickTally> tallies,
      Map<LocalDate, java.util.TreeSet<Long>> chats) throws SQLException {
    try (PreparedStatement total = c.prepareStatement("INSERT INTO click_day_total"
            + " (server_id, local_day, dim, k, url, stype, media, clicks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement outcome = c.prepareStatement("INSERT INTO click_day_outcome"
            + " (server_id, local_day, dim, k, outcome, clicks) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement chat = c.prepareStatement(
            "INSERT INTO click_day_chats (server_id, local_day, part, hashes) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, ClickTally> e : tallies.entrySet()) {
        LocalDate day = e.getKey();
        Totals t = e.getValue().toTotals();
        total(total, server, day, "c", "", "", "", "", t.clicks());
        total(total, server, day, "w", "", "", "", "", t.withoutAgent());
        for (AdCount ad : t.ads()) {
          total(total, server, day, "a", ad.sourceId(), ad.sourceUrl(), ad.sourceType(), ad.mediaType(), ad.clicks());
        }
        for (Map.Entry<String, Long> g : t.agents().entrySet()) {
          total(total, server, day, "g", g.getKey(), "", "", "", g.getValue());
        }
        for (Map.Entry<String, Long> r : t.routingPoints().entrySet()) {
          total(total, server, day, "r", r.getKey(), "", "", "", r.getValue());
        }
        for (Map.Entry<String, Long> o : t.outcomes().entrySet()) {
          total(total, server, day, "o", o.getKey(), "", "", "", o.getValue());
        }
        for (int h = 0; h < 24; h++) {
          total(total, server, day, "h", Integer.toString(h), "", "", "", t.byHour().get(h));
        }
        outcomes(outcome, server, day, "a", t.adOutcomes());
        outcomes(outcome, server, day, "g", t.agentOutcomes());
        java.util.TreeSet<Long> hashes = chats.get(day);
        if (hashes != null) {
          ByteBuffer bytes = ByteBuffer.allocate(hashes.size() * 8);
          hashes.forEach(bytes::putLong);
          chat.setString(1, server);
          chat.setDate(2, Date.valueOf(day));
          chat.setInt(3, 0);
          chat.setBytes(4, bytes.array());
          chat.addBatch();
        }
      }
      total.executeBatch();
      outcome.executeBatch();
      chat.executeBatch();
    }
  }

  private static void total(PreparedStatement ps, String server, LocalDate day, String dim, String k, String url,
      String type, String media, long n) throws SQLException {
    if (n == 0) {
      return;
    }
    ps.setString(1, server);
    ps.setDate(2, Date.valueOf(day));
    ps.setString(3, dim);
    ps.setString(4, k);
    ps.setString(5, url);
    ps.setString(6, type);
    ps.setString(7, media);
    ps.setLong(8, n);
    ps.addBatch();
  }

  private static void outcomes(PreparedStatement ps, String server, LocalDate day, String dim, OutcomeCounts counts)
      throws SQLException {
    for (Map.Entry<String, Map<String, Long>> byId : counts.byId().entrySet()) {
      for (Map.Entry<String, Long> byCode : byId.getValue().entrySet()) {
        ps.setString(1, server);
        ps.setDate(2, Date.valueOf(day));
        ps.setString(3, dim);
        ps.setString(4, byId.getKey());
        ps.setString(5, byCode.getKey());
        ps.setLong(6, byCode.getValue());
        ps.addBatch();
      }
    }
  }
}
