package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The digest's misfire window (config reads DIGEST_MISFIRE_HOURS): six hours unless set, and never zero. */
class DigestSettingsTest {
  @Test
  void theMisfireWindowIsSixHoursByDefault() {
    assertEquals(Duration.ofHours(6), DigestSettings.DEFAULTS.misfireWindow());
  }

  @Test
  void anEmptyOrNegativeWindowIsRefusedWithAMessageNamingTheVariable() {
    for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofHours(-3), null}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DigestSettings(bad));
      assertTrue(e.getMessage().startsWith("DIGEST_MISFIRE_HOURS "), e.getMessage());
    }
  }
}
