package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Quartz digest scheduler on PostgreSQL (TEST_DATABASE_URL), clustered: several instances, each digest once. */
class QuartzDigestSchedulerPostgresTest extends QuartzDigestSchedulerContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.postgres();
  }

  @Test
  void twoInstancesOnOneDatabasePostEachDigestExactlyOnce() throws Exception {
    List<WorkspaceKey> teams = List.of(TEAM, new WorkspaceKey("", "T0002"), new WorkspaceKey("E1", "T0003"),
        new WorkspaceKey("", "T0004"));
    teams.forEach(k -> settings.save(FakeSettingsStore.connected(k).find(k).orElseThrow()));
    QuartzDigestScheduler one = newScheduler();
    QuartzDigestScheduler two = newScheduler();
    assertTrue(one.clustered() && two.clustered());
    one.start();
    two.start();
    for (WorkspaceKey k : teams) {
      Subscription s = save(aMomentAhead(k, 3));
      one.schedule(s);
      two.schedule(s);
    }

    Set<WorkspaceKey> posted = new HashSet<>();
    for (int i = 0; i < teams.size(); i++) {
      RunResult r = nextResult();
      assertEquals(DigestOutcome.POSTED, r.outcome(), r::toString);
      posted.add(r.workspace());
    }
    assertEquals(2, clusterMembers());
    one.shutdown(true);
    two.shutdown(true);

    assertEquals(Set.copyOf(teams), posted);
    assertEquals(teams.size(), poster.digests.size());
    assertEquals(teams.size(), poster.attempts.size());
    assertTrue(results.isEmpty(), results::toString);
  }

  @Test
  void twoInstancesPostTwoSubscriptionsOfOneWorkspaceDueAtTheSameMinuteOnceEach() throws Exception {
    QuartzDigestScheduler one = newScheduler();
    QuartzDigestScheduler two = newScheduler();
    one.start();
    two.start();
    Subscription daily = aMomentAhead(TEAM, 3);
    java.time.DayOfWeek today = nextAt(daily).atZone(BOGOTA).getDayOfWeek();
    Subscription weekly = new Subscription(0, TEAM, "C-WEEKLY", Cadence.WEEKLY, daily.time(), Set.of(today), 0,
        BOGOTA, app.clicks.report.Slice.routingPoint("RP-1"), null, null, true);
    for (Subscription s : List.of(save(daily), save(weekly))) {
      one.schedule(s);
      two.schedule(s);
    }

    RunResult first = nextResult();
    RunResult second = nextResult();
    assertNull(results.poll(3, java.util.concurrent.TimeUnit.SECONDS), "no third run on either instance");
    one.shutdown(true);
    two.shutdown(true);

    assertEquals(DigestOutcome.POSTED, first.outcome(), first::toString);
    assertEquals(DigestOutcome.POSTED, second.outcome(), second::toString);
    assertEquals(2, poster.attempts.size());
    assertEquals(Set.of("C-T0001", "C-WEEKLY"),
        Set.copyOf(poster.digests.stream().map(DigestMessage::channelId).toList()));
  }

  private int clusterMembers() throws Exception {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
