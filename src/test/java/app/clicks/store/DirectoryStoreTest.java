package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.Directory;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.Agent;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wolkvox directory in the store: each list read once a day (report timezone), at most once more a day for an
 * id it does not know, whichever instance asks; every call counted; and a directory that cannot be read never fails
 * an answer.
 */
class DirectoryStoreTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final MutableClock clock = new MutableClock(Records.at(TODAY, 8, 0));
  private final FakeDirectory wolkvox = new FakeDirectory();

  private DirectoryStore store(Database db) {
    return new DirectoryStore(db.dataSource(), wolkvox, StoreSettings.DEFAULTS, clock);
  }

  private DirectoryStore store(String db) {
    return store(TestDatabases.shared(db));
  }

  private DirectoryRequest seeing(Set<String> agents, Set<String> rps, Set<String> codes) {
    return new DirectoryRequest(connection, Purpose.INTERACTIVE, new SeenIds(agents, rps, codes));
  }

  private DirectoryRequest seeingAgent(String id) {
    return seeing(Set.of(id), Set.of(), Set.of());
  }

  private DirectoryRequest seeingNothing() {
    return new DirectoryRequest(connection, Purpose.INTERACTIVE, SeenIds.NONE);
  }

  private int callsToday(String db) {
    return new CallLog(TestDatabases.shared(db).dataSource()).calls(server, LocalDate.ofInstant(clock.instant(), BOGOTA));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void readsEachListOnceADayAndAnswersFromTheStoreTheRestOfTheDay(String db) {
    DirectoryStore store = store(db);

    Directory d = store.directory(seeingNothing());
    assertEquals("Ana Gómez", d.agents().name("1001"));
    assertTrue(d.agents().knows("1002"), "an agent with a blank name is known");
    assertNull(d.agents().name("1002"), "a blank name is no name");
    assertEquals("Ventas", d.routingPoints().name("RP_SALES"));
    assertEquals("Venta", d.outcomes().name("SALE"));
    assertTrue(d.isHit("SALE") && !d.isHit("NO_SALE"));
    assertEquals(3, wolkvox.reads.size());
    assertEquals(3, callsToday(db), "each read counted in the day's call log");

    clock.advance(Duration.ofHours(15)); // 23:00 in Bogotá, still the same day
    assertEquals("Ana Gómez", store.directory(seeingAgent("1001")).agents().name("1001"));
    assertEquals(3, wolkvox.reads.size(), "no more reads the same day");

    clock.advance(Duration.ofHours(2)); // 01:00 the next day in Bogotá
    store.directory(seeingNothing());
    assertEquals(6, wolkvox.reads.size(), "a new day in the report timezone reads each list again");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void anUnknownIdReadsItsListOnceMoreAndNoMoreThatDay(String db) {
    DirectoryStore store = store(db);
    store.directory(seeingNothing());
    wolkvox.lists.put(DirectoryList.AGENTS, List.of(new Agent("1001", "Ana Gómez", true),
        new Agent("1003", "Nueva Agente", true)));

    Directory d = store.directory(seeingAgent("1003"));
    assertEquals("Nueva Agente", d.agents().name("1003"), "the extra read brought the new agent");
    assertEquals(1 + 1, wolkvox.readsOf(DirectoryList.AGENTS));
    assertEquals(1, wolkvox.readsOf(DirectoryList.ROUTING_POINTS), "only the list that missed the id");

    store.directory(seeingAgent("1004"));
    store.directory(seeing(Set.of("1005"), Set.of("RP_NEW"), Set.of()));
    assertEquals(2, wolkvox.readsOf(DirectoryList.AGENTS), "ids still unknown wait for the next day");
    assertEquals(2, wolkvox.readsOf(DirectoryList.ROUTING_POINTS), "the routing points' own extra read");
    store.directory(seeing(Set.of(), Set.of("RP_OTHER"), Set.of("NEW_CODE")));
    assertEquals(2, wolkvox.readsOf(DirectoryList.ROUTING_POINTS));
    assertEquals(2, wolkvox.readsOf(DirectoryList.ACTIVITY_CODES));
    assertEquals(6, callsToday(db), "3 daily reads and 3 extra ones: the most a day costs");

    clock.advance(Duration.ofDays(1));
    store.directory(seeingAgent("1004"));
    assertEquals(3, wolkvox.readsOf(DirectoryList.AGENTS), "the next day's daily read");
    store.directory(seeingAgent("1004"));
    assertEquals(4, wolkvox.readsOf(DirectoryList.AGENTS), "and the next day's extra read");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void blankIdsTimeoutCodesAndKnownIdsInAnotherCaseOrPaddedAreNeverUnknown(String db) {
    DirectoryStore store = store(db);
    store.directory(seeingNothing());

    Directory d = store.directory(seeing(Set.of("", " ", " 1001 "), Set.of("RP_SALES "),
        Set.of("", " ", "TIMEOUTCHAT", "timeoutacw", " sale ", "No_Sale")));

    assertEquals(3, wolkvox.reads.size(), "no extra read");
    assertEquals("Venta", d.outcomes().name(" sale "), "codes match trimmed and without regard to case");
    assertTrue(d.isHit("sale"));
    assertEquals("Ana Gómez", d.agents().name(" 1001 "));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void twoInstancesShareTheDailyReadAndTheOneExtraRead(String db) {
    try (Database otherPool = TestDatabases.another(db)) {
      DirectoryStore one = store(db);
      DirectoryStore two = store(otherPool);

      one.directory(seeingNothing());
      assertEquals("Ana Gómez", two.directory(seeingNothing()).agents().name("1001"));
      assertEquals(3, wolkvox.reads.size(), "the second instance uses the first one's daily read");

      one.directory(seeingAgent("1009"));
      two.directory(seeingAgent("1009"));
      two.directory(seeingAgent("1010"));
      assertEquals(2, wolkvox.readsOf(DirectoryList.AGENTS), "one extra read between both instances");
      assertEquals(4, callsToday(db));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void anInstanceThatDecidedToReadWhileAnotherWasReadingWaitsAndUsesItsRead(String db) throws Exception {
    LockWatch watch = new LockWatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    wolkvox.pause = list -> {
      if (list == DirectoryList.AGENTS && inside.getCount() > 0) {
        inside.countDown();
        assertTrue(release.await(30, TimeUnit.SECONDS));
      }
    };
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (Database otherPool = TestDatabases.another(db)) {
      DirectoryStore one = store(db);
      DirectoryStore two = new DirectoryStore(watch.wrap(otherPool.dataSource()), wolkvox, StoreSettings.DEFAULTS,
          clock);
      Future<Directory> first = executor.submit(() -> one.directory(seeingNothing()));
      assertTrue(inside.await(30, TimeUnit.SECONDS));
      Future<Directory> second = executor.submit(() -> two.directory(seeingNothing()));
      assertTrue(watch.locking.await(30, TimeUnit.SECONDS), "the second instance goes for the list's lock");
      release.countDown();

      assertEquals("Ana Gómez", first.get(60, TimeUnit.SECONDS).agents().name("1001"));
      assertEquals("Ana Gómez", second.get(60, TimeUnit.SECONDS).agents().name("1001"));
      assertEquals(3, wolkvox.reads.size(), "each list read once between both");
    } finally {
      executor.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void everyRequestOfAReadIsCountedRetriesIncluded(String db) {
    wolkvox.requestsPerRead = 3;
    wolkvox.failure = new WolkvoxException(WolkvoxException.Kind.SERVER_ERROR, server, null, "HTTP 502");
    store(db).directory(seeingNothing());
    assertEquals(9, callsToday(db));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aDirectoryThatCannotBeReadGivesWhatIsStoredAndSaysWhenItWasReadAndWhy(String db) {
    DirectoryStore store = store(db);
    store.directory(seeingNothing());
    Instant firstRead = clock.instant();

    clock.advance(Duration.ofDays(1));
    wolkvox.failure = new WolkvoxException(WolkvoxException.Kind.QUOTA_EXCEEDED, server, null,
        "The daily quota of the wolkvox token for server " + server + " is spent (TOKEN LIMIT EXCEEDED)");
    Directory d = store.directory(seeingAgent("1001"));

    assertEquals("Ana Gómez", d.agents().name("1001"), "the names stored yesterday");
    assertTrue(d.isHit("SALE"));
    DirectoryStatus status = store.status(server);
    assertEquals(firstRead, status.lastReadAt());
    assertTrue(status.failure().contains("TOKEN LIMIT EXCEEDED"), status.failure());
    DirectoryStatus.ListStatus agents = status.of(DirectoryList.AGENTS);
    assertEquals(WolkvoxException.Kind.QUOTA_EXCEEDED, agents.errorKind());
    assertEquals(clock.instant(), agents.lastTriedAt());
    assertEquals(2, agents.entries());

    wolkvox.failure = null;
    store.directory(seeingAgent("1001"));
    assertEquals(6, wolkvox.reads.size(), "a failed daily read is the day's read: no retry at each answer");
    store.directory(seeingAgent("1002-new"));
    assertNull(store.status(server).of(DirectoryList.AGENTS).lastError(), "the extra read succeeded");
    assertNotNull(store.status(server).of(DirectoryList.ROUTING_POINTS).lastError());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aDirectoryNeverReadThatFailsIsEmptyAndTheAnswerGoesOn(String db) {
    DirectoryStore store = store(db);
    wolkvox.failure = new WolkvoxException(WolkvoxException.Kind.BAD_RESPONSE, server, null,
        "wolkvox server " + server + " sent a web page (HTML) instead of the agents list");

    Directory d = store.directory(seeingAgent("1001"));

    assertNull(d.agents().name("1001"));
    assertEquals(0, d.agents().size());
    DirectoryStatus status = store.status(server);
    assertNull(status.lastReadAt());
    assertTrue(status.failure().contains("HTML"), status.failure());
    assertEquals(3, callsToday(db));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void withTheBudgetSpentNothingIsReadAndTheDayIsNotUsedUp(String db) {
    StoreSettings tiny = new StoreSettings(2, 5, 4, 400, 1); // 3 calls for people, 1 kept for the digest
    DirectoryStore store = new DirectoryStore(TestDatabases.shared(db).dataSource(), wolkvox, tiny, clock);
    new CallLog(TestDatabases.shared(db).dataSource()).add(server, TODAY, 3);

    Directory d = store.directory(seeingNothing());

    assertEquals(0, d.agents().size());
    assertTrue(wolkvox.reads.isEmpty());
    DirectoryStatus.ListStatus agents = store.status(server).of(DirectoryList.AGENTS);
    assertEquals(WolkvoxException.Kind.BUDGET_EXHAUSTED, agents.errorKind());
    assertTrue(agents.lastError().contains("budget"), agents.lastError());

    store.directory(new DirectoryRequest(connection, Purpose.DIGEST, SeenIds.NONE));
    assertEquals(List.of(DirectoryList.AGENTS), wolkvox.reads, "the digest's reserve pays for one read");
    assertEquals(4, callsToday(db));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aStatusBeforeAnyReadSaysNeverAndNoFailure(String db) {
    DirectoryStatus status = store(db).status(server);
    assertNull(status.lastReadAt());
    assertNull(status.failure());
    assertEquals(3, status.lists().size());
    assertFalse(status.of(DirectoryList.ACTIVITY_CODES).failing());
  }
}
