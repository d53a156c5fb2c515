package app.clicks.config;

import app.clicks.alerts.QuartzTimings;
import app.clicks.digest.DigestSettings;
import app.clicks.report.ReportZone;
import app.clicks.store.DatabaseUrl;
import app.clicks.store.StoreSettings;
import app.clicks.wolkvox.WolkvoxSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The variables the bot and the `report` command share, each read here once: the report timezone, demo mode, where the
 * database is, and the store's, the wolkvox client's and the digest's settings.
 */
final class Variables {
  static final String DEFAULT_DATA_DIR = "./data";

  private Variables() {}

  /** REPORT_TIMEZONE, default {@link ReportZone#DEFAULT}. */
  static ZoneId zone(Env env) {
    String text = env.text("REPORT_TIMEZONE");
    if (text == null) {
      return ReportZone.DEFAULT;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      env.problem("REPORT_TIMEZONE \"" + text + "\" is not a timezone; use a name such as "
          + ReportZone.DEFAULT.getId() + " or America/Mexico_City.");
      return ReportZone.DEFAULT;
    }
  }

  /** WOLKVOX_DEMO: true for the built-in demo data instead of wolkvox. */
  static boolean demo(Env env) {
    return env.flag("WOLKVOX_DEMO");
  }

  /** DATA_DIR, default ./data: the embedded database and a generated encryption key live there. */
  static Path dataDir(Env env) {
    return Path.of(env.text("DATA_DIR", DEFAULT_DATA_DIR));
  }

  /** DATABASE_URL (PostgreSQL), or else the embedded H2 file in {@code dataDir}; null when DATABASE_URL is bad. */
  static DatabaseUrl database(Env env, Path dataDir) {
    String url = env.text("DATABASE_URL");
    return url == null ? DatabaseUrl.h2File(dataDir) : env.build(() -> DatabaseUrl.postgres(url));
  }

  /** WOLKVOX_MAX_IN_FLIGHT: the wolkvox client's and the store's shared gate both take it. */
  static int maxInFlight(Env env) {
    return env.integer("WOLKVOX_MAX_IN_FLIGHT", WolkvoxSettings.DEFAULT_MAX_IN_FLIGHT, 1, 2,
        "1 or 2 (wolkvox allows at most 2 requests in flight per token)");
  }

  /** WOLKVOX_BASE_URL and WOLKVOX_MAX_RECORDS, with the client's fixed timeouts and retries. */
  static WolkvoxSettings wolkvox(Env env, int maxInFlight) {
    WolkvoxSettings d = WolkvoxSettings.defaults();
    String base = env.text("WOLKVOX_BASE_URL");
    int maxRecords = env.integer("WOLKVOX_MAX_RECORDS", WolkvoxSettings.DEFAULT_MAX_RECORDS, 1,
        WolkvoxSettings.DEFAULT_MAX_RECORDS, "a whole number from 1 to 60000 (wolkvox's own cap per answer)");
    return env.build(() -> new WolkvoxSettings(base, maxInFlight, maxRecords, d.connectTimeout(), d.readTimeout(),
        d.tries(), d.firstBackoff()));
  }

  /** WOLKVOX_SETTLE_HOURS, WOLKVOX_REFRESH_MINUTES, WOLKVOX_DAILY_BUDGET and CLICKS_RETENTION_DAYS. */
  static StoreSettings store(Env env, int maxInFlight) {
    StoreSettings d = StoreSettings.DEFAULTS;
    int settle = env.integer("WOLKVOX_SETTLE_HOURS", d.settleHours(), 0, 72, "a whole number of hours from 0 to 72");
    int refresh = env.integer("WOLKVOX_REFRESH_MINUTES", d.refreshMinutes(), 1, 1440,
        "a whole number of minutes from 1 to 1440");
    int budget = env.integer("WOLKVOX_DAILY_BUDGET", d.dailyBudget(), 1, 1_000_000,
        "a whole number of calls from 1 to 1000000");
    int retention = env.integer("CLICKS_RETENTION_DAYS", d.retentionDays(), 1, 36_500,
        "a whole number of days from 1 to 36500");
    return env.build(() -> new StoreSettings(settle, refresh, budget, retention, maxInFlight));
  }

  /** DIGEST_MISFIRE_HOURS: how late a scheduled digest may start and still post. */
  static DigestSettings digest(Env env) {
    int hours = env.integer(DigestSettings.MISFIRE_HOURS, (int) DigestSettings.DEFAULTS.misfireWindow().toHours(), 1,
        48, "a whole number of hours from 1 to 48");
    return env.build(() -> new DigestSettings(Duration.ofHours(hours)));
  }

  /** ALERT_CHECK_MINUTES: how often each workspace's alert rules are checked (default 15, at least 1). */
  static QuartzTimings alerts(Env env) {
    int minutes = env.integer(QuartzTimings.CHECK_MINUTES, QuartzTimings.DEFAULT_CHECK_MINUTES, 1, 1440,
        "a whole number of minutes from 1 to 1440");
    return env.build(() -> QuartzTimings.everyMinutes(minutes));
  }

  /**
   * PUBLIC_URL: the https base URL the bot is reached at (Slack's OAuth redirect, and Teams, are built on it), without
   * a trailing slash; null when unset or not an https URL (a problem then).
   */
  static String publicUrl(Env env) {
    String text = env.text("PUBLIC_URL");
    if (text == null) {
      return null;
    }
    try {
      java.net.URI uri = new java.net.URI(text);
      boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
      if (uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
          && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))) {
        return text.replaceAll("/+$", "");
      }
    } catch (java.net.URISyntaxException e) {
      // the message below
    }
    env.problem("PUBLIC_URL must be the https address the bot is reached at, such as https://clicks.example.com "
        + "(http only for localhost).");
    return null;
  }
}
