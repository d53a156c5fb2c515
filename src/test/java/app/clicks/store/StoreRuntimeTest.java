package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.WolkvoxConnection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The store opened from its settings: an H2 file in a directory, or PostgreSQL from a DATABASE_URL. */
class StoreRuntimeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));

  @Test
  void anH2FileUnderDataDirKeepsWhatWasFetchedForTheNextProcess() throws Exception {
    DatabaseUrl url = DatabaseUrl.h2File(Path.of("target", "store-runtime-" + UUID.randomUUID()));
    StoreSettings settings = new StoreSettings(2, 5, 20, 400, 1);
    WolkvoxConnection connection = new WolkvoxConnection("0042", "tok", BOGOTA);
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY.minusDays(1), 2, 25, 51));
    AtomicReference<RequestGate> given = new AtomicReference<>();

    try (StoreRuntime first = StoreRuntime.open(url, settings, gate -> {
      given.set(gate);
      return source;
    }, clock)) {
      assertSame(first.gate(), given.get(), "the click source gets the gate shared through the database");
      assertFalse(first.database().isPostgres());
      assertTrue(first.database().ping());
      assertEquals(20, first.store().dailyBudget());
      assertEquals(25, first.store().totals(connection, Records.days(DAY, 1), Purpose.INTERACTIVE).current().clicks());
    }
    try (StoreRuntime second = StoreRuntime.open(url, settings, gate -> source, clock)) {
      StoredTotals again = second.store().totals(connection, Records.days(DAY, 1), Purpose.INTERACTIVE);
      assertEquals(25, again.current().clicks());
      assertEquals(0, again.requests());
      assertEquals(1, second.store().callsToday(connection));
      assertNotNull(second.store().lastFetch("0042"));
    }
  }

  @Test
  void postgresFromDatabaseUrl() {
    String url = System.getenv("TEST_DATABASE_URL");
    assertTrue(url != null && url.startsWith("postgres://"), "TEST_DATABASE_URL is not set: run bash .ci/test");
    try (StoreRuntime pg = StoreRuntime.open(DatabaseUrl.postgres(url), StoreSettings.DEFAULTS,
        gate -> new FakeClickSource(), clock)) {
      assertTrue(pg.database().isPostgres());
      assertTrue(pg.database().ping());
    }
  }

  @Test
  void anUnreachableDatabaseIsReportedWithoutThePassword() {
    StoreException e = assertThrows(StoreException.class, () -> StoreRuntime.open(
        DatabaseUrl.postgres("postgres://u:s3cretpw@127.0.0.1:1/nothing"), StoreSettings.DEFAULTS,
        gate -> new FakeClickSource(), clock));
    assertTrue(e.getMessage().contains("DATABASE_URL"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cretpw"), e.getMessage());
  }

  @Test
  void theSourceItWasGivenIsTheOneTheStoreReadsThrough() throws Exception {
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY, 1, 3, 1));
    try (StoreRuntime runtime = StoreRuntime.open(DatabaseUrl.h2Memory("store-runtime-" + UUID.randomUUID()),
        StoreSettings.DEFAULTS, gate -> source, clock)) {
      assertSame(source, runtime.source());
      assertEquals(3, runtime.store()
          .totals(new WolkvoxConnection("0042", "tok", BOGOTA), Records.days(DAY, 1), Purpose.INTERACTIVE)
          .current().clicks());
    }
  }
}
