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
    assertEquals(180, s.interactiveBudget());
    assertEquals(200, s.budgetFor(Purpose.DIGEST));
  }

  @Test
  void aSmallBudgetKeepsTenPercentForTheDigest() {
    StoreSettings s = new StoreSettings(3, 10, 50, 90, 2);
    assertEquals(45, s.interactiveBudget());
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
