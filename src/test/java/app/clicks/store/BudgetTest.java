package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bot's daily budget of wolkvox calls per server, with shares kept for the alerts and the digest; failed calls count too. */
class BudgetTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

  private final String server = TestDatabases.newServer();
  private final WolkvoxConnection connection = new WolkvoxConnection(server, "tok", BOGOTA);
  private final FakeClickSource source = new FakeClickSource().add(Records.days(TODAY.minusDays(40), 41, 3, 21));
  private final MutableClock clock = new MutableClock(Records.at(TODAY, 8, 0));
  private final StoreSettings settings = new StoreSettings(2, 5, 10, 400, 1);
  private final PeriodPair today = Records.today(TODAY);

  private ClickStore store(String db) {
    return new ClickStore(TestDatabases.shared(db).dataSource(), source, settings, clock);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void pastEightyPercentPeopleGetTheStoreAndTheAlertsAndTheDigestKeepTheirShares(String db) throws Exception {
    ClickStore store = store(db);
    for (int i = 0; i < 8; i++) {
      StoredTotals t = store.totals(connection, today, Purpose.INTERACTIVE);
      assertEquals(1, t.requests());
      assertFalse(t.storeOnly());
      clock.advance(Duration.ofMinutes(5));
    }
    assertEquals(8, store.callsToday(connection));
    assertEquals(0, store.daysToFetch(connection, today), "nothing will be fetched for a person");

    StoredTotals refused = store.totals(connection, today, Purpose.INTERACTIVE);
    assertTrue(refused.storeOnly());
    assertEquals(0, refused.requests());
    assertEquals(source.requests.get(), 8);
    assertTrue(refused.current().clicks() > 0, "what is stored is used");

    StoredTotals alerts = store.totals(connection, today, Purpose.ALERTS);
    assertFalse(alerts.storeOnly());
    assertEquals(1, alerts.requests(), "the alerts' 10% share");
    clock.advance(Duration.ofMinutes(5));
    assertTrue(store.totals(connection, today, Purpose.ALERTS).storeOnly(), "the alerts cannot spend the digest's");
    assertEquals(9, store.callsToday(connection));

    StoredTotals digest = store.totals(connection, today, Purpose.DIGEST);
    assertFalse(digest.storeOnly());
    assertEquals(1, digest.requests());
    clock.advance(Duration.ofMinutes(5));
    assertTrue(store.totals(connection, today, Purpose.DIGEST).storeOnly(), "the whole budget is spent");
    assertEquals(10, store.callsToday(connection));

    clock.set(Records.at(TODAY.plusDays(1), 0, 30));
    assertEquals(0, store.callsToday(connection), "a new day in the report timezone");
    assertFalse(store.totals(connection, Records.today(TODAY.plusDays(1)), Purpose.INTERACTIVE).storeOnly());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void withTheBudgetSpentAPeriodNeverFetchedIsRefusedWithAMessageAndAPartlyStoredOneIsAnswered(String db)
      throws Exception {
    ClickStore store = store(db);
    PeriodPair yesterday = Records.days(TODAY.minusDays(1), 1);
    store.totals(connection, yesterday, Purpose.INTERACTIVE);
    for (int i = 0; i < 7; i++) {
      store.totals(connection, Records.days(TODAY.minusDays(10 + 3 * i), 1), Purpose.INTERACTIVE);
    }
    assertEquals(8, store.callsToday(connection));

    WolkvoxException e = assertThrows(WolkvoxException.class,
        () -> store.totals(connection, Records.days(TODAY.minusDays(5), 1), Purpose.INTERACTIVE));
    assertEquals(WolkvoxException.Kind.BUDGET_EXHAUSTED, e.kind());
    assertTrue(e.getMessage().contains("daily budget of wolkvox calls for server " + server + " is spent (8 of 10"), e.getMessage());
    assertTrue(e.getMessage().contains("resets at midnight America/Bogota, in 16 h 00 min"), e.getMessage());

    PeriodPair twoDays = Records.days(TODAY.minusDays(3), 2);
    StoredTotals partly = store.totals(connection, twoDays, Purpose.INTERACTIVE);
    assertTrue(partly.storeOnly());
    assertEquals(3, partly.current().clicks(), "the day stored as the previous of yesterday; the one before counts zero");
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void aFailedFetchCountsACallAndFallsBackToStaleDataButNotToNothing(String db) throws Exception {
    ClickStore store = store(db);
    store.totals(connection, today, Purpose.INTERACTIVE);
    source.failWith(new WolkvoxException(WolkvoxException.Kind.SERVER_ERROR, server, null, "wolkvox is down"));
    clock.advance(Duration.ofMinutes(6));

    StoredTotals stale = store.totals(connection, today, Purpose.INTERACTIVE);
    assertTrue(stale.storeOnly());
    assertEquals(2, store.callsToday(connection));

    WolkvoxException e = assertThrows(WolkvoxException.class,
        () -> store.totals(connection, Records.days(TODAY.minusDays(20), 1), Purpose.INTERACTIVE));
    assertEquals(WolkvoxException.Kind.SERVER_ERROR, e.kind());
    assertEquals(3, store.callsToday(connection));
    assertEquals(stale.fetchedAt(), store.lastFetch(server));
  }
}
