package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.FakeClickSource;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.WolkvoxConnection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The store built from the environment: an H2 file under DATA_DIR, or PostgreSQL from DATABASE_URL. */
class StoreRuntimeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  private final MutableClock clock = new MutableClock(Records.at(DAY.plusDays(1), 9, 0));

  @Test
  void anH2FileUnderDataDirKeepsWhatWasFetchedForTheNextProcess() throws Exception {
    String dir = Path.of("target", "store-runtime-" + UUID.randomUUID()).toString();
    Map<String, String> env = Map.of("DATA_DIR", dir, "WOLKVOX_DAILY_BUDGET", "20");
    WolkvoxConnection connection = new WolkvoxConnection("0042", "tok", BOGOTA);
    FakeClickSource source = new FakeClickSource().add(Records.days(DAY.minusDays(1), 2, 25, 51));
    AtomicReference<RequestGate> given = new AtomicReference<>();

    try (StoreRuntime first = StoreRuntime.open(env, gate -> {
      given.set(gate);
      return source;
    }, clock)) {
      assertSame(first.gate(), given.get(), "the click source gets the gate shared through the database");
      assertFalse(first.database().isPostgres());
      assertTrue(first.database().ping());
      assertEquals(20, first.store().dailyBudget());
      assertEquals(25, first.store().totals(connection, Records.days(DAY, 1), Purpose.INTERACTIVE).current().clicks());
    }
    try (StoreRuntime second = StoreRuntime.open(env, gate -> source, clock)) {
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
    try (StoreRuntime pg = StoreRuntime.open(Map.of("DATABASE_URL", url), gate -> new FakeClickSource(), clock)) {
      assertTrue(pg.database().isPostgres());
      assertTrue(pg.database().ping());
    }
  }

  @Test
  void anUnreachableDatabaseIsReportedWithoutThePassword() {
    StoreException e = assertThrows(StoreException.class, () -> StoreRuntime.open(
        Map.of("DATABASE_URL", "postgres://u:s3cretpw@127.0.0.1:1/nothing"), gate -> new FakeClickSource(), clock));
    assertTrue(e.getMessage().contains("DATABASE_URL"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cretpw"), e.getMessage());
  }

  @Test
  void badSettingsNameTheirVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreRuntime.open(
        Map.of("WOLKVOX_DAILY_BUDGET", "lots"), gate -> new FakeClickSource(), clock));
    assertTrue(e.getMessage().startsWith("WOLKVOX_DAILY_BUDGET"), e.getMessage());
  }
}
