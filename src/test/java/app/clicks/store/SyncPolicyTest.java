package app.clicks.store;

import static app.clicks.store.Records.BOGOTA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.wolkvox.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** When a stored day is stale, and how stale days become request windows. */
class SyncPolicyTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  private final SyncPolicy policy = new SyncPolicy(StoreSettings.DEFAULTS);

  private boolean stale(Instant fetchedAt, Instant now) {
    return policy.isStale(DAY, BOGOTA, fetchedAt, now);
  }

  @Test
  void aDayNotYetStartedIsNeverFetchedAndOneNeverFetchedAlwaysIs() {
    assertFalse(stale(null, Records.at(DAY.minusDays(1), 23, 59)));
    assertTrue(stale(null, Records.at(DAY, 0, 1)));
    assertTrue(stale(null, Records.at(DAY.plusDays(300), 0, 0)));
  }

  @Test
  void theOpenDayAndTheSettlingTimeRefreshEveryFiveMinutes() {
    Instant fetched = Records.at(DAY, 23, 50);
    assertFalse(stale(fetched, Records.at(DAY, 23, 54)));
    assertTrue(stale(fetched, Records.at(DAY, 23, 55)));
    Instant settling = Records.at(DAY.plusDays(1), 1, 0);
    assertFalse(stale(settling, Records.at(DAY.plusDays(1), 1, 4)));
    assertTrue(stale(settling, Records.at(DAY.plusDays(1), 1, 5)));
  }

  @Test
  void settledOnceThenOnceMoreAfter24HoursThenFinal() {
    Instant beforeSettled = Records.at(DAY.plusDays(1), 1, 59);
    assertTrue(stale(beforeSettled, Records.at(DAY.plusDays(1), 2, 0)), "it settled since it was fetched");
    Instant settled = Records.at(DAY.plusDays(1), 2, 0);
    assertFalse(stale(settled, Records.at(DAY.plusDays(1), 23, 59)));
    assertTrue(stale(settled, Records.at(DAY.plusDays(2), 0, 0)), "24 h after its end");
    Instant last = Records.at(DAY.plusDays(2), 0, 0);
    assertFalse(stale(last, Records.at(DAY.plusDays(90), 0, 0)), "final");
  }

  @Test
  void contiguousDaysMergeIntoWindowsOfAtMost31Days() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (int i = 0; i < 40; i++) {
      days.add(DAY.plusDays(i));
    }
    days.add(DAY.plusDays(45));
    List<Window> windows = SyncPolicy.windows(days);
    assertEquals(List.of(SyncPolicy.window(DAY, DAY.plusDays(30)), SyncPolicy.window(DAY.plusDays(31), DAY.plusDays(39)),
        SyncPolicy.window(DAY.plusDays(45), DAY.plusDays(45))), windows);
    assertEquals("20261110000000..20261210235959", windows.get(0).toString());
  }
}
