package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stored clicks of a wolkvox server are served only to a token that has succeeded on that server within a day: a
 * workspace that types another customer's server id with a made-up token reads nothing of theirs, a proof a day old
 * is renewed with one cheap call (within the budget), and a token wolkvox refuses loses its proof at once.
 */
class ProvenReaderTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
  static final String GOOD = "token-of-the-customer-1234";

  final String server = TestDatabases.newServer();
  final WolkvoxConnection owner = new WolkvoxConnection(server, GOOD, BOGOTA);
  final WolkvoxConnection intruder = new WolkvoxConnection(server, "made-up-token-0000", BOGOTA);
  final FakeClickSource wolkvox = new FakeClickSource().add(Records.days(TODAY.minusDays(20), 20, 4, 17));
  /** Tokens wolkvox accepts on the server: the customer's, until revoked. */
  final Set<String> accepted = ConcurrentHashMap.newKeySet();
  final MutableClock clock = new MutableClock(Records.at(TODAY, 9, 0));
  final PeriodPair lastWeek = Records.days(TODAY.minusDays(8), 7);

  /** wolkvox as it checks tokens: a token it does not know is refused, whatever the server. */
  final ClickSource checking = (c, w, r) -> {
    if (!accepted.contains(c.token())) {
      wolkvox.requests.incrementAndGet();
      throw new WolkvoxException(WolkvoxException.Kind.TOKEN_REJECTED, c.serverId(), w.toString(), "401");
    }
    return wolkvox.fetch(c, w, r);
  };

  record Parts(ProvenReader reader, TokenProofs proofs, ConnectionTester tester, ClickStore store) {}

  Parts parts(String db, StoreSettings settings) {
    accepted.add(GOOD);
    DataSource ds = TestDatabases.shared(db).dataSource();
    TokenProofs proofs = new TokenProofs(ds, (s, t) -> Integer.toHexString((s + "\0" + t).hashCode()), clock);
    ProvingSource source = new ProvingSource(checking, proofs);
    ClickStore store = new ClickStore(ds, source, settings, clock);
    ConnectionTester tester = new ConnectionTester(ds, source, clock);
    return new Parts(new ProvenReader(store, proofs, tester, Runnable::run), proofs, tester, store);
  }

  Parts parts(String db) {
    return parts(db, StoreSettings.DEFAULTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void anotherTokenOnTheSameServerReadsNothingOfWhatTheOwnerStored(String db) throws Exception {
    Parts p = parts(db);
    assertTrue(p.tester().test(owner).connected());
    StoredTotals mine = p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE);
    assertTrue(mine.current().clicks() > 0);
    int before = wolkvox.requests.get();

    assertFalse(p.tester().test(intruder).connected(), "the intruder's connection test fails");
    WolkvoxException e = assertThrows(WolkvoxException.class,
        () -> p.reader().totals(intruder, lastWeek, Purpose.INTERACTIVE));
    assertEquals(WolkvoxException.Kind.TOKEN_REJECTED, e.kind());
    Pending started = p.reader().start(intruder, lastWeek, Purpose.DIGEST);
    assertTrue(started.synced().isDone());
    assertEquals(WolkvoxException.Kind.TOKEN_REJECTED,
        assertThrows(WolkvoxException.class, () -> p.reader().finish(started)).kind());
    assertNull(p.proofs().provedAt(intruder));
    assertEquals(before + 3, wolkvox.requests.get(), "each refusal was one wolkvox call with the intruder's token");
    assertNotNull(p.proofs().provedAt(owner), "the owner keeps its proof");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aProvedTokenReadsStoredDaysWithNoCallForADayThenOneLastHourCallRenewsIt(String db) throws Exception {
    Parts p = parts(db);
    StoredTotals first = p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE);
    int afterFirst = wolkvox.requests.get();
    assertEquals(2, afterFirst, "a renewal (no proof yet), then the fetch of the missing days");

    clock.advance(Duration.ofHours(23));
    Pending ready = p.reader().start(owner, lastWeek, Purpose.INTERACTIVE);
    assertEquals(first.current(), p.reader().finish(ready).current());
    assertEquals(afterFirst, wolkvox.requests.get(), "stored days, a fresh proof: no call");

    clock.advance(Duration.ofHours(2));
    wolkvox.windows.clear();
    assertEquals(first.current(), p.reader().totals(owner, lastWeek, Purpose.DIGEST).current());
    assertEquals(afterFirst + 1, wolkvox.requests.get(), "one call renewed the day-old proof");
    assertEquals(Duration.ofHours(1).toSeconds() + 1, wolkvox.windows.get(0).seconds(), "the last hour, as the test");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aTokenWolkvoxRefusesLosesItsProofAtOnce(String db) throws Exception {
    Parts p = parts(db);
    p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE);
    accepted.remove(GOOD);

    // A day never stored is fetched with the revoked token: refused, and the proof goes with it.
    assertThrows(WolkvoxException.class,
        () -> p.reader().totals(owner, Records.days(TODAY.minusDays(1), 1), Purpose.INTERACTIVE));
    assertNull(p.proofs().provedAt(owner));
    assertEquals(WolkvoxException.Kind.TOKEN_REJECTED, assertThrows(WolkvoxException.class,
        () -> p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE)).kind(), "the stored week is not served");

    accepted.add(GOOD);
    assertTrue(p.tester().test(owner).connected());
    assertTrue(p.proofs().fresh(owner), "a connection test that succeeds proves the token again");
    assertTrue(p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE).current().clicks() > 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aRenewalIsWithinThePurposesBudget(String db) throws Exception {
    Parts p = parts(db, new StoreSettings(2, 5, 10, 400, 1));
    p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE);
    clock.advance(Duration.ofHours(25));
    for (int i = 0; i < 8; i++) {
      p.tester().test(intruder); // refused, and counted on the server's budget
    }
    int calls = wolkvox.requests.get();

    assertEquals(WolkvoxException.Kind.BUDGET_EXHAUSTED, assertThrows(WolkvoxException.class,
        () -> p.reader().totals(owner, lastWeek, Purpose.INTERACTIVE)).kind(), "people's 80% are spent");
    assertEquals(calls, wolkvox.requests.get(), "no call past the budget");
    assertTrue(p.reader().totals(owner, lastWeek, Purpose.DIGEST).current().clicks() > 0,
        "the digest's reserve pays for its renewal");
    assertEquals(calls + 1, wolkvox.requests.get());
  }
}
