package app.clicks.digest;

import java.time.Duration;

/**
 * The digest's settings, which config reads from the environment: how late a scheduled run may start and still post
 * (DIGEST_MISFIRE_HOURS, default 6).
 */
public record DigestSettings(Duration misfireWindow) {
  public static final String MISFIRE_HOURS = "DIGEST_MISFIRE_HOURS";
  public static final DigestSettings DEFAULTS = new DigestSettings(Duration.ofHours(6));

  public DigestSettings {
    if (misfireWindow == null || misfireWindow.isNegative() || misfireWindow.isZero()) {
      throw new IllegalArgumentException(MISFIRE_HOURS + " must be a whole number of hours from 1 to 48.");
    }
  }
}
