package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two threads, or two processes (two pools), syncing the same days at once leave one copy and one fetch. */
class ConcurrentSyncTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));
  private final PeriodPair yesterday = Records.days(DAY, 1);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void twoThreadsOfOneStore(String db) throws Exception {
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY.minusDays(1), 2, 40, 11));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch secondWaits = new CountDownLatch(1);
    source.pause = w -> {
      inside.countDown();
      assertTrue(secondWaits.await(30, TimeUnit.SECONDS), "the second thread waits for the first one's fetch");
    };
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), source, StoreSettings.DEFAULTS, clock);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      Future<StoredTotals> first = executor.submit(() -> store.totals(connection, yesterday, Purpose.INTERACTIVE));
      assertTrue(inside.await(30, TimeUnit.SECONDS));
      Future<StoredTotals> second = executor.submit(() -> store.totals(connection, yesterday, Purpose.INTERACTIVE));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (store.waitingFetches(server) == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      secondWaits.countDown();

      StoredTotals one = first.get(60, TimeUnit.SECONDS);
      StoredTotals two = second.get(60, TimeUnit.SECONDS);

      assertEquals(1, source.requests.get(), "the thread that waited did not fetch again");
      assertEquals(1, one.requests() + two.requests());
      assertEquals(40, two.current().clicks(), "one copy of the day");
      assertEquals(80, storedRows(TestDatabases.shared(db).dataSource()));
    } finally {
      executor.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void fetchesOfManyServersAtOnceWaitForASlotInsteadOfEmptyingThePool(String db) throws Exception {
    int servers = DayReplacer.FETCHES_AT_ONCE + 2;
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY, 1, 10, 3));
    CountDownLatch slotsTaken = new CountDownLatch(DayReplacer.FETCHES_AT_ONCE);
    CountDownLatch release = new CountDownLatch(1);
    source.pause = w -> {
      slotsTaken.countDown();
      assertTrue(release.await(30, TimeUnit.SECONDS));
    };
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), source, StoreSettings.DEFAULTS, clock);
    ExecutorService executor = Executors.newFixedThreadPool(servers);
    try {
      List<Future<StoredTotals>> answers = new ArrayList<>();
      for (int i = 0; i < servers; i++) {
        WolkvoxConnection other = new WolkvoxConnection(TestDatabases.newServer(), "tok", BOGOTA);
        answers.add(executor.submit(() -> store.totals(other, yesterday, Purpose.INTERACTIVE)));
      }
      assertTrue(slotsTaken.await(30, TimeUnit.SECONDS));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (store.fetchesWaitingForASlot() < servers - DayReplacer.FETCHES_AT_ONCE && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(servers - DayReplacer.FETCHES_AT_ONCE, store.fetchesWaitingForASlot());
      release.countDown();
      for (Future<StoredTotals> answer : answers) {
        assertEquals(10, answer.get(60, TimeUnit.SECONDS).current().clicks());
      }
      assertEquals(DayReplacer.FETCHES_AT_ONCE, source.maxInFlight.get());
      assertEquals(servers, source.requests.get());
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Two processes on one database: while the first fetches the day, the second finds the day claimed, makes no
   * request and waits (no lock, no connection) until it is stored, then answers from the store.
   */
  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void twoStoresOnTwoPools(String db) throws Exception {
    try (Database other = TestDatabases.another(db)) {
      FakeClickSource sourceA = new FakeClickSource().add(Records.days(DAY.minusDays(1), 2, 40, 11));
      FakeClickSource sourceB = new FakeClickSource().add(Records.days(DAY.minusDays(1), 2, 40, 11));
      LockWatch watch = new LockWatch(1);
      ClickStore a = new ClickStore(TestDatabases.shared(db).dataSource(), sourceA, StoreSettings.DEFAULTS, clock);
      ClickStore b = new ClickStore(watch.wrap(other.dataSource()), sourceB, StoreSettings.DEFAULTS, clock);
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      sourceA.pause = w -> {
        inside.countDown();
        assertTrue(release.await(30, TimeUnit.SECONDS));
      };
      ExecutorService executor = Executors.newSingleThreadExecutor();
      try {
        Future<StoredTotals> first = executor.submit(() -> a.totals(connection, yesterday, Purpose.INTERACTIVE));
        assertTrue(inside.await(30, TimeUnit.SECONDS));

        Pending second = b.start(connection, yesterday, Purpose.INTERACTIVE);
        assertTrue(second.waiting(), "the second process waits for the first one's fetch");
        assertEquals(1, second.foreign.size());
        assertEquals(new FetchProgress(2, 0), second.progress());
        assertEquals(0, sourceB.requests.get());
        assertEquals(1, watch.locking.getCount(), "the waiting process locks no sync row");
        release.countDown();

        StoredTotals one = first.get(60, TimeUnit.SECONDS);
        second.synced().get(60, TimeUnit.SECONDS);
        StoredTotals two = b.finish(second);

        assertEquals(1, sourceA.requests.get() + sourceB.requests.get(), "one wolkvox request for both processes");
        assertEquals(1, one.requests());
        assertEquals(0, two.requests());
        assertEquals(40, one.current().clicks());
        assertEquals(40, two.current().clicks(), "one copy of the day");
        assertEquals(80, storedRows(TestDatabases.shared(db).dataSource()));
      } finally {
        executor.shutdownNow();
      }
    }
  }

  private long storedRows(DataSource ds) throws Exception {
    try (var c = ds.getConnection();
        var ps = c.prepareStatement("SELECT COUNT(*) FROM click"
            + " WHERE server_key = (SELECT server_key FROM click_server WHERE server_id = ?)")) {
      ps.setString(1, server);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
