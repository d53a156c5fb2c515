package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.RunResult;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The digest delivered through the App Home on PostgreSQL (TEST_DATABASE_URL; run with bash .ci/test), where Quartz
 * runs clustered: with two instances of the app (two Bolt apps, two schedulers) on one database, still one digest.
 */
class DigestDeliveryPostgresTest extends DigestDeliveryContract {
  @Override
  HikariDataSource database() {
    return TestDatabases.postgres();
  }

  @Test
  void twoInstancesOnOneDatabasePostTheDigestExactlyOnce() throws Exception {
    try (DigestHarness second = new DigestHarness(slack, db, cipherKey, BOGOTA)) {
      assertTrue(first.scheduler.clustered() && second.scheduler.clustered());
      assertNotEquals(first.scheduler.instanceId(), second.scheduler.instanceId());
      ZonedDateTime at = aMomentAhead();
      setDigestAt(second, at);

      List<RunResult> runs = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (runs.stream().noneMatch(r -> r.outcome() == DigestOutcome.POSTED) && System.nanoTime() < deadline) {
        drain(first, runs, 100);
        drain(second, runs, 100);
      }
      assertTheRightDigest(slack.next("chat.postMessage"), at.toLocalDate().minusDays(1));
      // Give any other firing time to show up: it must find the claim and post nothing.
      drain(first, runs, 3000);
      drain(second, runs, 100);
      assertEquals(1, runs.stream().filter(r -> r.outcome() == DigestOutcome.POSTED).count(), runs.toString());
      assertTrue(runs.stream().allMatch(r -> r.outcome() == DigestOutcome.POSTED
          || r.outcome() == DigestOutcome.ALREADY_CLAIMED), runs.toString());
      assertEquals(1, posts(), slack.methods().toString());
    }
  }

  private static void drain(DigestHarness h, List<RunResult> into, long millis) throws InterruptedException {
    RunResult r = h.runs.poll(millis, TimeUnit.MILLISECONDS);
    if (r != null) {
      into.add(r);
    }
  }
}
