package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DeliveryLog.State;
import app.clicks.digest.Fakes.PosterFake;
import app.clicks.digest.Fakes.SleeperFake;
import app.clicks.digest.Fakes.TriggersFake;
import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V16 on a store the single daily digest wrote: each workspace's digest becomes its first subscription (daily, same
 * schedule, last run, Teams as a destination when the digest was on in Teams), and its delivery log moves to the
 * subscription's keys, so that a day already posted is not posted again after the upgrade.
 */
class SubscriptionMigrationTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static final Instant LAST_RUN = Instant.parse("2026-11-24T13:00:02Z");

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void eachDailyDigestBecomesItsWorkspacesFirstSubscriptionWithItsScheduleLastRunAndDeliveryLog(String kind)
      throws Exception {
    TestDatabases.Fresh fresh = TestDatabases.fresh(kind);
    WorkspaceKey both = new WorkspaceKey("", "T1");
    WorkspaceKey slackOnly = new WorkspaceKey("E1", "T2");
    WorkspaceKey gone = new WorkspaceKey("", "T3");
    try (HikariDataSource db = fresh.migrateTo("15.1")) {
      try (Connection c = db.getConnection()) {
        schedule(c, both, "C1", "08:00", "MON,TUE,WED,THU,FRI,SAT,SUN", "POST_NOTE", true, true);
        schedule(c, slackOnly, "C2", "06:45:30", "MON,WED", "SKIP", false, false);
        teams(c, both, true);
        teams(c, slackOnly, false);
        delivery(c, both, "daily", DAY, "POSTED", "1700000000.000100", "POSTED");
        delivery(c, both, "daily-teams", DAY, "POSTED", null, null);
        delivery(c, both, "daily", DAY.minusDays(1), "RETRYABLE", null, null);
        delivery(c, slackOnly, "daily", DAY, "UNKNOWN", null, null);
        delivery(c, gone, "daily", DAY, "POSTED", "1.1", null);
      }

      fresh.migrate();

      SubscriptionStore store = new SubscriptionStore(db);
      DeliveryLog log = new DeliveryLog(db);
      Subscription first = store.list(both).get(0);
      assertEquals(new Subscription(first.id(), both, "C1", Cadence.DAILY, LocalTime.of(8, 0),
          EnumSet.allOf(DayOfWeek.class), 0, BOGOTA, Slice.ALL, EmptyPolicy.POST_NOTE, Destinations.BOTH, true),
          first);
      Subscription second = store.list(slackOnly).get(0);
      assertEquals(new Subscription(second.id(), slackOnly, "C2", Cadence.DAILY, LocalTime.of(6, 45, 30),
          EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 0, BOGOTA, Slice.ALL, EmptyPolicy.SKIP,
          Destinations.SLACK, false), second);
      assertEquals(List.of(first, second), store.findAll(), "one subscription per digest, none for the others");
      assertEquals(LastRun.of(LAST_RUN, DAY, DigestOutcome.POSTED, "d"), store.lastRun(first.id()).orElseThrow());

      DeliveryLog.Delivery posted = log.find(both, DeliveryLog.slack(first.id()), DAY).orElseThrow();
      assertEquals(State.POSTED, posted.state());
      assertEquals("1700000000.000100", posted.messageTs());
      assertEquals(DeliveryLog.ChartState.POSTED,
          log.findChart(both, DeliveryLog.slack(first.id()), DAY).orElseThrow().state());
      assertEquals(State.POSTED, log.find(both, DeliveryLog.teams(first.id()), DAY).orElseThrow().state());
      assertEquals(State.RETRYABLE,
          log.find(both, DeliveryLog.slack(first.id()), DAY.minusDays(1)).orElseThrow().state());
      assertEquals(State.UNKNOWN, log.find(slackOnly, DeliveryLog.slack(second.id()), DAY).orElseThrow().state());
      assertEquals(0, count(db, "SELECT COUNT(*) FROM digest_delivery WHERE digest IN ('daily', 'daily-teams')"));
      assertEquals(4, count(db, "SELECT COUNT(*) FROM digest_delivery"), "the deleted digest's row is gone");
      assertThrows(SQLException.class, () -> count(db, "SELECT COUNT(*) FROM digest_schedule"), "dropped");

      // The day already posted to Slack and Teams is not posted again by the first run after the upgrade.
      PosterFake poster = new PosterFake();
      PosterFake teams = new PosterFake();
      Instant fired = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BOGOTA).toInstant();
      DigestRunner runner = new DigestRunner(new DigestStores(store, log, FakeSettingsStore.connected(both)),
          FakeClickReader.answering(42, 40), app.clicks.context.SummaryContexts.NONE,
          new DigestPosters(poster, teams), new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS,
              new SleeperFake(), Clock.fixed(fired.plusSeconds(30), ZoneOffset.UTC)));
      RunResult again = runner.run(DigestFiring.scheduled(first.id(), fired, "after-upgrade"), new TriggersFake());
      assertEquals(DigestOutcome.ALREADY_CLAIMED, again.outcome());
      assertTrue(poster.attempts.isEmpty() && teams.attempts.isEmpty(), "nothing posted twice");
    }
  }

  private static int count(HikariDataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        var rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** A digest_schedule row as V4/V5 (and the code of their time) wrote it. */
  private static void schedule(Connection c, WorkspaceKey key, String channel, String time, String days,
      String policy, boolean enabled, boolean ran) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO digest_schedule (enterprise_id, team_id, channel_id, local_time, days, zone, empty_policy,"
            + " enabled, changed_at, last_run_at, last_run_day, last_run_outcome, last_run_detail)"
            + " VALUES (?, ?, ?, ?, ?, 'America/Bogota', ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      ps.setString(3, channel);
      ps.setString(4, time);
      ps.setString(5, days);
      ps.setString(6, policy);
      ps.setBoolean(7, enabled);
      ps.setObject(8, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
      ps.setObject(9, ran ? OffsetDateTime.ofInstant(LAST_RUN, ZoneOffset.UTC) : null);
      ps.setObject(10, ran ? DAY : null);
      ps.setString(11, ran ? "POSTED" : null);
      ps.setString(12, ran ? "d" : null);
      ps.executeUpdate();
    }
  }

  /** A teams_settings row as V12 wrote it, with the daily digest on in Teams or not. */
  private static void teams(Connection c, WorkspaceKey key, boolean digestOn) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO teams_settings (enterprise_id, team_id, webhook_enc, language, digest_on, alerts_on, changed_by,"
            + " changed_at) VALUES (?, ?, 'sealed', 'en', ?, FALSE, 'U1', ?)")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      ps.setBoolean(3, digestOn);
      ps.setObject(4, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  /** A digest_delivery row as V4/V10 (and the code of their time) wrote it. */
  private static void delivery(Connection c, WorkspaceKey key, String digest, LocalDate day, String state,
      String ts, String chart) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO digest_delivery (enterprise_id, team_id, digest, digest_day, state, claimed_by, claimed_at,"
            + " updated_at, attempts, message_ts, chart_state, chart_attempts) VALUES (?, ?, ?, ?, ?, 'old-1', ?, ?, 1,"
            + " ?, ?, ?)")) {
      OffsetDateTime at = OffsetDateTime.ofInstant(LAST_RUN, ZoneOffset.UTC);
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      ps.setString(3, digest);
      ps.setObject(4, day);
      ps.setString(5, state);
      ps.setObject(6, at);
      ps.setObject(7, at);
      ps.setString(8, ts);
      ps.setString(9, chart);
      ps.setInt(10, chart == null ? 0 : 1);
      ps.executeUpdate();
    }
  }
}
