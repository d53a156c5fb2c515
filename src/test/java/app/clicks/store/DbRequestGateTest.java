package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-flight limit per wolkvox server holds across processes that share the database. */
class DbRequestGateTest {
  private final String server = TestDatabases.newServer();
  private final MutableClock clock = new MutableClock(Records.at(LocalDate.of(2026, 11, 10), 9, 0));

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void slotsAreSharedBetweenPoolsAndFreedOnClose(String db) {
    try (Database other = TestDatabases.another(db)) {
      DbRequestGate one = new DbRequestGate(TestDatabases.shared(db).dataSource(), 2, clock);
      DbRequestGate two = new DbRequestGate(other.dataSource(), 2, clock);

      RequestGate.Permit a = one.tryAcquire(server).orElseThrow();
      RequestGate.Permit b = two.tryAcquire(server).orElseThrow();
      assertTrue(two.tryAcquire(server).isEmpty(), "both slots are held");
      assertTrue(one.tryAcquire(server).isEmpty());
      assertTrue(one.tryAcquire(TestDatabases.newServer()).isPresent(), "another server has its own slots");

      a.close();
      a.close();
      RequestGate.Permit c = two.tryAcquire(server).orElseThrow();
      assertTrue(one.tryAcquire(server).isEmpty(), "closing twice frees one slot only once");
      b.close();
      c.close();
      assertTrue(one.tryAcquire(server).isPresent());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aSlotOfAProcessThatDiedIsTakenOverWhenItsLeaseRunsOut(String db) {
    DbRequestGate gate = new DbRequestGate(TestDatabases.shared(db).dataSource(), 1, clock);
    RequestGate.Permit lost = gate.tryAcquire(server).orElseThrow();

    clock.advance(DbRequestGate.LEASE.minusSeconds(1));
    assertTrue(gate.tryAcquire(server).isEmpty());
    clock.advance(Duration.ofSeconds(2));
    RequestGate.Permit taken = gate.tryAcquire(server).orElseThrow();

    lost.close();
    assertTrue(gate.tryAcquire(server).isEmpty(), "the late close of the lost permit does not free the new holder");
    taken.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void twoStoresOnTwoPoolsNeverHaveMoreThanTheLimitInFlight(String db) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch secondWaiting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    LocalDate day = LocalDate.of(2026, 11, 10);
    WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
    try (Database other = TestDatabases.another(db)) {
      FakeClickSource sourceA = new FakeClickSource().add(Records.days(day.minusDays(1), 2, 5, 9));
      FakeClickSource sourceB = new FakeClickSource().add(Records.days(day.minusDays(5), 2, 5, 9));
      sourceA.gate = new DbRequestGate(TestDatabases.shared(db).dataSource(), 1, clock);
      sourceB.gate = new DbRequestGate(other.dataSource(), 1, clock, ms -> {
        secondWaiting.countDown();
        release.await(5, TimeUnit.MILLISECONDS);
      });
      sourceA.pause = w -> {
        firstInside.countDown();
        release.await();
      };
      ClickStore storeA = new ClickStore(TestDatabases.shared(db).dataSource(), sourceA, StoreSettings.DEFAULTS, clock);
      ClickStore storeB = new ClickStore(other.dataSource(), sourceB, StoreSettings.DEFAULTS, clock);

      Future<StoredTotals> a = executor.submit(() ->
          storeA.totals(connection, Records.days(day, 1), Purpose.INTERACTIVE));
      assertTrue(firstInside.await(30, TimeUnit.SECONDS));
      Future<StoredTotals> b = executor.submit(() ->
          storeB.totals(connection, Records.days(day.minusDays(4), 1), Purpose.INTERACTIVE));
      assertTrue(secondWaiting.await(30, TimeUnit.SECONDS), "the second store waits for the slot");
      assertEquals(0, sourceB.inFlight.get() + sourceB.maxInFlight.get(), "and has not started its request");
      release.countDown();

      assertEquals(5, a.get(30, TimeUnit.SECONDS).current().clicks());
      assertEquals(5, b.get(30, TimeUnit.SECONDS).current().clicks());
      assertEquals(1, sourceB.requests.get());
      assertFalse(new DbRequestGate(other.dataSource(), 1, clock).tryAcquire(server).isEmpty(), "all freed");
    } finally {
      executor.shutdownNow();
    }
  }
}
