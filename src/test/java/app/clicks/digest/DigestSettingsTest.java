package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DIGEST_MISFIRE_HOURS from the environment. */
class DigestSettingsTest {
  @Test
  void theMisfireWindowIsSixHoursUnlessSet() {
    assertEquals(Duration.ofHours(6), DigestSettings.fromEnv(Map.of()).misfireWindow());
    assertEquals(Duration.ofHours(6), DigestSettings.fromEnv(Map.of("DIGEST_MISFIRE_HOURS", " ")).misfireWindow());
    assertEquals(Duration.ofHours(2), DigestSettings.fromEnv(Map.of("DIGEST_MISFIRE_HOURS", " 2 ")).misfireWindow());
  }

  @Test
  void badValuesAreRefusedWithAMessageNamingTheVariable() {
    for (String bad : new String[] {"six", "0", "-3", "49", "1.5"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DigestSettings.fromEnv(Map.of("DIGEST_MISFIRE_HOURS", bad)));
      assertTrue(e.getMessage().startsWith("DIGEST_MISFIRE_HOURS "), e.getMessage());
    }
  }
}
