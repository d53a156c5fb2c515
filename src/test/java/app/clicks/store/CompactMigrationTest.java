package app.clicks.store;

import static app.clicks.store.MigrationSchemas.connect;
import static app.clicks.store.MigrationSchemas.drop;
import static app.clicks.store.MigrationSchemas.migrate;
import static app.clicks.store.MigrationSchemas.tableExists;
import app.clicks.testing.TestDatabases;
import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V9 (and V9.1) on a store written as before them: every field of every click can be given back as it was stored,
 * and the totals are those of the same records counted by hand, with no wolkvox call. Each run migrates a schema of
 * its own.
 */
class CompactMigrationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void v9KeepsEveryFieldOfEveryClickAndTheTotals(String db) throws Exception {
    DatabaseUrl url = TestDatabases.url(db);
    String schema = "mig_" + TestDatabases.newServer();
    String server = TestDatabases.newServer();
    String other = TestDatabases.newServer();
    List<ClickRecord> records = new ArrayList<>(
        OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(6), 7, 200, 61)));
    records.add(Records.undated(DAY.minusDays(6), "undated-1"));
    records.add(new ClickRecord("", "", "", "", "", "", "", "", null, "", ""));
    records.add(new ClickRecord("https://fb.me/ü", "post", "p-1", "chat é", "RP 1", "A 1", "video",
        "https://cdn/x.mp4?a=1&b=2", Records.at(DAY, 23, 59), "2026-11-10 23:59:00", " venta "));
    List<ClickRecord> others = OutcomeAggregatesTest.withCodes(Records.days(DAY.minusDays(1), 1, 50, 62));
    try {
      migrate(url, schema, "8");
      try (Connection c = connect(url, schema)) {
        V8Store.store(c, server, BOGOTA, DAY.minusDays(6), DAY, records, true);
        V8Store.store(c, other, BOGOTA, DAY.minusDays(1), DAY.minusDays(1), others, true);
      }
      List<String> before;
      List<String> beforeOther;
      Map<String, Long> outcomesBefore;
      try (Connection c = connect(url, schema)) {
        before = v8Rows(c, server);
        beforeOther = v8Rows(c, other);
        outcomesBefore = v8Outcomes(c, server);
      }

      migrate(url, schema, null);

      try (Connection c = connect(url, schema)) {
        assertEquals(records.size(), before.size());
        assertEquals(before, v9Rows(c, server, BOGOTA), "every field of every click");
        assertEquals(beforeOther, v9Rows(c, other, BOGOTA), "each server's own");
        assertFalse(tableExists(c, schema, "click_record"));
        assertFalse(tableExists(c, schema, "click_day_outcome"));
        PeriodPair week = Records.days(DAY.minusDays(2), 3);
        Totals[] t = TotalsQuery.totals(c, server, week, BOGOTA);
        assertEquals(Records.expected(records, week.current(), BOGOTA), t[1]);
        assertEquals(Records.expected(records, week.previous(), BOGOTA), t[0]);
        assertEquals(outcomesBefore, OutcomeAggregatesTest.rows(c, server), "clicks by ad and agent × outcome");
      }
    } finally {
      drop(url, schema);
    }
  }

  /** click_day_outcome (V7) of a server as "day dim id OUTCOME" → clicks. */
  private static Map<String, Long> v8Outcomes(Connection c, String server) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT local_day, dim, k, outcome, clicks FROM click_day_outcome WHERE server_id = ?")) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getDate(1).toLocalDate() + " " + rs.getString(2) + " " + rs.getString(3) + " "
              + rs.getString(4), rs.getLong(5));
        }
      }
    }
    return out;
  }

  /** Every click of a server before V9, one line each, every field as stored, sorted. */
  private static List<String> v8Rows(Connection c, String server) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT local_day, ts, local_hour, source_id, source_url,"
        + " source_type, media_type, media_url, chat_id, rp_id, agent_id, cod_act, raw_date FROM click_record"
        + " WHERE server_id = ?")) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean undated = rs.getObject(3) == null;
          out.add(line(rs.getDate(1).toLocalDate(), rs.getLong(2), undated ? null : rs.getInt(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              rs.getString(11), rs.getString(12), undated ? rs.getString(13) : ""));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Every click of a server after V9, as the CSV export will read it: texts from the dictionaries, the raw date
   * where it could not be read.
   */
  static List<String> v9Rows(Connection c, String server, ZoneId zone) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT k.local_day, k.ts, k.local_hour, s.text, u.text, t.text,"
        + " m.text, mu.text, k.chat_id, rp.text, ag.text, o.text, rd.text FROM click k"
        + " JOIN click_server sv ON sv.server_key = k.server_key"
        + " JOIN click_ad a ON a.ad_id = k.ad JOIN click_text s ON s.text_id = a.source_id"
        + " JOIN click_text u ON u.text_id = a.source_url JOIN click_text t ON t.text_id = a.source_type"
        + " JOIN click_text m ON m.text_id = a.media_type JOIN click_text mu ON mu.text_id = a.media_url"
        + " JOIN click_text rp ON rp.text_id = k.rp JOIN click_text ag ON ag.text_id = k.agent"
        + " JOIN click_text o ON o.text_id = k.outcome LEFT JOIN click_text rd ON rd.text_id = k.raw_date"
        + " WHERE sv.server_id = ?")) {
      ps.setString(1, server);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean undated = rs.getObject(3) == null;
          out.add(line(rs.getDate(1).toLocalDate(), rs.getLong(2), undated ? null : rs.getInt(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              rs.getString(11), rs.getString(12), undated ? rs.getString(13) : ""));
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static String line(LocalDate day, long ts, Integer hour, String... texts) {
    return day + "|" + Instant.ofEpochMilli(ts) + "|" + hour + "|" + String.join("|", texts);
  }
}
