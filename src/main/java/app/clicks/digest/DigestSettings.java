package app.clicks.digest;

import java.time.Duration;
import java.util.Map;

/**
 * The digest's environment: how late a scheduled run may start and still post (DIGEST_MISFIRE_HOURS, default 6).
 */
public record DigestSettings(Duration misfireWindow) {
  public static final String MISFIRE_HOURS = "DIGEST_MISFIRE_HOURS";
  public static final DigestSettings DEFAULTS = new DigestSettings(Duration.ofHours(6));

  public DigestSettings {
    if (misfireWindow == null || misfireWindow.isNegative() || misfireWindow.isZero()) {
      throw new IllegalArgumentException(MISFIRE_HOURS + " must be a whole number of hours from 1 to 48.");
    }
  }

  /** Reads the environment; a bad value is refused with a message that names the variable. */
  public static DigestSettings fromEnv(Map<String, String> env) {
    String raw = env.get(MISFIRE_HOURS);
    if (raw == null || raw.isBlank()) {
      return DEFAULTS;
    }
    int hours;
    try {
      hours = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          MISFIRE_HOURS + " must be a whole number of hours from 1 to 48, not \"" + raw.trim() + "\".");
    }
    if (hours < 1 || hours > 48) {
      throw new IllegalArgumentException(MISFIRE_HOURS + " must be from 1 to 48 hours, not " + hours + ".");
    }
    return new DigestSettings(Duration.ofHours(hours));
  }
}
