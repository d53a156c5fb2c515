package app.clicks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's environment variables: defaults, values, and messages naming the variable. */
class StoreSettingsTest {

  @Test
  void defaults() {
    StoreSettings s = StoreSettings.fromEnv(Map.of());
    assertEquals(new StoreSettings(2, 5, 200, 400, 1), s);
    assertEquals(180, s.interactiveBudget());
    assertEquals(200, s.budgetFor(Purpose.DIGEST));
  }

  @Test
  void valuesFromTheEnvironment() {
    StoreSettings s = StoreSettings.fromEnv(Map.of("WOLKVOX_SETTLE_HOURS", "3", "WOLKVOX_REFRESH_MINUTES", " 10 ",
        "WOLKVOX_DAILY_BUDGET", "50", "CLICKS_RETENTION_DAYS", "90", "WOLKVOX_MAX_IN_FLIGHT", "2"));
    assertEquals(new StoreSettings(3, 10, 50, 90, 2), s);
    assertEquals(45, s.interactiveBudget());
  }

  @Test
  void badValuesNameTheVariable() {
    for (Map.Entry<String, String> bad : Map.of("WOLKVOX_SETTLE_HOURS", "two", "WOLKVOX_REFRESH_MINUTES", "0",
        "WOLKVOX_DAILY_BUDGET", "-5", "CLICKS_RETENTION_DAYS", "1.5", "WOLKVOX_MAX_IN_FLIGHT", "3").entrySet()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> StoreSettings.fromEnv(Map.of(bad.getKey(), bad.getValue())));
      assertTrue(e.getMessage().startsWith(bad.getKey() + " must be"), e.getMessage());
    }
  }
}
