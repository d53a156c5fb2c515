package app.clicks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The store's settings: defaults, the budget's shares, and checks naming the variable (config reads them). */
class StoreSettingsTest {

  @Test
  void defaults() {
    StoreSettings s = StoreSettings.DEFAULTS;
    assertEquals(new StoreSettings(2, 5, 200, 400, 1), s);
    // issue 14: people 80%, the alerts' share 10%, the digest's reserve 10%
    assertEquals(160, s.interactiveBudget());
    assertEquals(160, s.budgetFor(Purpose.INTERACTIVE));
    assertEquals(180, s.budgetFor(Purpose.ALERTS));
    assertEquals(200, s.budgetFor(Purpose.DIGEST));
  }

  @Test
  void aSmallBudgetKeepsTenPercentForTheDigestAndTenForTheAlerts() {
    StoreSettings s = new StoreSettings(3, 10, 50, 90, 2);
    assertEquals(40, s.interactiveBudget());
    assertEquals(45, s.budgetFor(Purpose.ALERTS));
    assertEquals(1, new StoreSettings(3, 10, 2, 90, 2).interactiveBudget());
    assertEquals(1, new StoreSettings(3, 10, 3, 90, 2).interactiveBudget());
    assertEquals(0, new StoreSettings(3, 10, 1, 90, 2).reserve());
  }

  @Test
  void valuesOutOfRangeNameTheVariable() {
    List<Supplier<StoreSettings>> bad = List.of(
        () -> new StoreSettings(73, 5, 200, 400, 1),
        () -> new StoreSettings(2, 0, 200, 400, 1),
        () -> new StoreSettings(2, 5, -5, 400, 1),
        () -> new StoreSettings(2, 5, 200, 0, 1),
        () -> new StoreSettings(2, 5, 200, 400, 3));
    List<String> names = List.of("WOLKVOX_SETTLE_HOURS", "WOLKVOX_REFRESH_MINUTES", "WOLKVOX_DAILY_BUDGET",
        "CLICKS_RETENTION_DAYS", "WOLKVOX_MAX_IN_FLIGHT");
    for (int i = 0; i < bad.size(); i++) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad.get(i)::get);
      assertTrue(e.getMessage().startsWith(names.get(i) + " must be"), e.getMessage());
    }
  }
}
