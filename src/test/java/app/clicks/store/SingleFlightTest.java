package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One fetch of a day for every request of this process that needs it; waiting holds no connection. */
class SingleFlightTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));
  private final PeriodPair yesterday = Records.days(DAY, 1);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void twentyRequestsForTheSameDaysWaitForOneFetchAndAreAllAnswered(String db) throws Exception {
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY.minusDays(1), 2, 40, 11));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    source.pause = w -> {
      inside.countDown();
      assertTrue(release.await(30, TimeUnit.SECONDS));
    };
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), source, StoreSettings.DEFAULTS, clock);
    List<Pending> pending = new ArrayList<>();
    pending.add(store.start(connection, yesterday, Purpose.INTERACTIVE));
    assertTrue(inside.await(30, TimeUnit.SECONDS));
    for (int i = 1; i < 20; i++) {
      pending.add(store.start(connection, yesterday, Purpose.INTERACTIVE));
    }
    assertEquals(19, store.waitingFetches(server), "the other 19 joined the fetch under way");
    assertTrue(pending.stream().allMatch(Pending::waiting));
    assertEquals(new FetchProgress(2, 0), pending.get(19).progress());

    release.countDown();
    int requests = 0;
    for (Pending p : pending) {
      p.synced().get(30, TimeUnit.SECONDS);
      StoredTotals t = store.finish(p);
      assertEquals(40, t.current().clicks());
      requests += t.requests();
    }
    assertEquals(1, source.requests.get(), "one wolkvox request for the 20");
    assertEquals(1, requests, "its cost is the first request's");
    assertEquals(0, store.waitingFetches(server));
  }

  /**
   * A pool of 2: one connection is held by a fetch blocked inside wolkvox, 10 requests wait for that fetch, and a
   * request whose days are stored still gets its answer, at once: waiting takes no connection and no thread.
   */
  @Test
  void waitersHoldNoConnectionAndAStoredPeriodIsAnsweredWhileAFetchIsBlocked() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(DatabaseUrl.h2Memory("pool2-" + UUID.randomUUID()).jdbcUrl());
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(5_000);
    try (HikariDataSource ds = new HikariDataSource(config)) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      FakeClickSource source = new FakeClickSource().add(Records.days(DAY.minusDays(5), 6, 30, 7));
      ClickStore store = new ClickStore(ds, source, StoreSettings.DEFAULTS, clock);
      PeriodPair stored = Records.days(DAY.minusDays(3), 1);
      assertEquals(30, store.totals(connection, stored, Purpose.INTERACTIVE).current().clicks());
      int before = source.requests.get();

      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      source.pause = w -> {
        inside.countDown();
        assertTrue(release.await(30, TimeUnit.SECONDS));
      };
      List<Pending> waiting = new ArrayList<>();
      waiting.add(store.start(connection, yesterday, Purpose.INTERACTIVE));
      assertTrue(inside.await(30, TimeUnit.SECONDS));
      for (int i = 0; i < 10; i++) {
        waiting.add(store.start(connection, yesterday, Purpose.INTERACTIVE));
      }

      ExecutorService asker = Executors.newSingleThreadExecutor();
      try {
        Future<StoredTotals> storeOnly = asker.submit(() -> store.totals(connection, stored, Purpose.INTERACTIVE));
        StoredTotals answer = storeOnly.get(4, TimeUnit.SECONDS);
        assertEquals(30, answer.current().clicks());
        assertEquals(0, answer.requests());
        assertTrue(waiting.stream().allMatch(Pending::waiting), "the fetch is still blocked");
        assertEquals(before + 1, source.requests.get());
      } finally {
        asker.shutdownNow();
      }
      release.countDown();
      for (Pending p : waiting) {
        p.synced().get(30, TimeUnit.SECONDS);
        assertEquals(30, store.finish(p).current().clicks());
      }
      assertEquals(before + 1, source.requests.get());
      assertFalse(waiting.get(0).waiting());
    }
  }
}
