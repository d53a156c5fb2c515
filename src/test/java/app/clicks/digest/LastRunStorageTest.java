package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A digest's last run is stored as its outcome, and the App Home's text key follows from it: V5 turns the rows V4
 * wrote (outcome and key) into outcome-only rows that show the same text; V16 carries them to the subscriptions.
 */
class LastRunStorageTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Instant AT = Instant.parse("2026-11-24T13:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void everyStoredOutcomeReadsBackWithTheKeyTheHomeTabShowedBefore(String kind) {
    try (HikariDataSource db = TestDatabases.fresh(kind).migrate()) {
      SubscriptionStore store = new SubscriptionStore(db);
      WorkspaceKey team = new WorkspaceKey("", "T1");
      long id = store.insert(Subscription.daily(team, "C1", LocalTime.of(8, 0), BOGOTA), Instant.EPOCH, 20)
          .orElseThrow().id();
      for (DigestOutcome o : DigestOutcome.values()) {
        if (!o.stored()) {
          continue;
        }
        store.recordLastRun(id, LastRun.of(AT, DAY, o, "detail"));

        LastRun read = store.lastRun(id).orElseThrow();
        assertEquals(LastRun.of(AT, DAY, o, "detail"), read);
        assertEquals("digest.outcome." + o.name().toLowerCase(Locale.ROOT), read.messageKey(), o.name());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void theMigrationKeepsEachLastRunAndDropsTheDerivedKey(String kind) throws SQLException {
    TestDatabases.Fresh fresh = TestDatabases.fresh(kind);
    try (HikariDataSource db = fresh.migrateTo("4")) {
      WorkspaceKey both = new WorkspaceKey("", "T1");
      WorkspaceKey keyOnly = new WorkspaceKey("E1", "T2");
      WorkspaceKey never = new WorkspaceKey("", "T3");
      try (Connection c = db.getConnection()) {
        insertV4(c, both, "NOT_IN_CHANNEL", "digest.outcome.not_in_channel", "C1");
        insertV4(c, keyOnly, null, "digest.outcome.retry_scheduled", "2026-11-24T13:05:00Z");
        insertV4(c, never, null, null, null);
      }

      fresh.migrate();

      SubscriptionStore store = new SubscriptionStore(db);
      LastRun first = store.lastRun(idOf(store, both)).orElseThrow();
      assertEquals(LastRun.of(AT, DAY, DigestOutcome.NOT_IN_CHANNEL, "C1"), first);
      assertEquals("digest.outcome.not_in_channel", first.messageKey());
      LastRun second = store.lastRun(idOf(store, keyOnly)).orElseThrow();
      assertEquals(LastRun.of(AT, DAY, DigestOutcome.RETRY_SCHEDULED, "2026-11-24T13:05:00Z"), second);
      assertEquals("digest.outcome.retry_scheduled", second.messageKey());
      assertTrue(store.lastRun(idOf(store, never)).isEmpty());
      assertEquals("C1", store.list(both).get(0).channelId(), "the schedule itself is untouched (V16 moved it)");
      assertThrows(SQLException.class, () -> selectLastRunKey(db), "the key column is gone");
    }
  }

  private static long idOf(SubscriptionStore store, WorkspaceKey key) {
    return store.list(key).get(0).id();
  }

  private static void selectLastRunKey(HikariDataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT last_run_key FROM digest_subscription")) {
      ps.executeQuery().close();
    }
  }

  /** A digest_schedule row as V4 (and the code of its time) wrote it; no last run when {@code key} is null. */
  private static void insertV4(Connection c, WorkspaceKey team, String outcome, String key, String detail)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO digest_schedule (enterprise_id, team_id, channel_id, local_time, days, zone, empty_policy,"
                + " enabled, changed_at, last_run_at, last_run_day, last_run_outcome, last_run_key, last_run_detail)"
                + " VALUES (?, ?, 'C1', '08:00', 'MON,TUE,WED,THU,FRI', 'America/Bogota', 'POST_NOTE', TRUE, ?, ?, ?,"
                + " ?, ?, ?)")) {
      ps.setString(1, team.enterpriseId());
      ps.setString(2, team.teamId());
      ps.setObject(3, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
      ps.setObject(4, key == null ? null : OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
      ps.setObject(5, key == null ? null : DAY);
      ps.setString(6, outcome);
      ps.setString(7, key);
      ps.setString(8, detail);
      ps.executeUpdate();
    }
  }
}
