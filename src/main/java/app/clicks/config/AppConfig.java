package app.clicks.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The bot's settings, read once from the environment and validated together.
 *
 * @param slackAppToken xapp-… token: when set the bot runs in Socket Mode instead of HTTP; null otherwise
 * @param slackSigningSecret required in HTTP mode; may be null in Socket Mode
 * @param databaseUrl postgres://… (Heroku) or a jdbc: URL; null means the embedded H2 database in dataDir
 * @param settingsEncryptionKey base64 of 32 bytes; null only with the embedded database (one is created there)
 * @param wolkvoxBaseUrl base URL of the wolkvox API, or null for the client's default
 * @param adminUserIds Slack user ids treated as admins besides the workspace's admins and owners
 * @param wolkvoxSettings every WOLKVOX_* variable as given, for the wolkvox client and the store to read
 */
public record AppConfig(
    String slackBotToken,
    String slackSigningSecret,
    String slackAppToken,
    String slackApiUrl,
    int port,
    String databaseUrl,
    Path dataDir,
    String settingsEncryptionKey,
    String settingsEncryptionKeyPrevious,
    String wolkvoxBaseUrl,
    Set<String> adminUserIds,
    ZoneId reportTimezone,
    boolean wolkvoxDemo,
    Map<String, String> wolkvoxSettings) {

  public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
  public static final int DEFAULT_PORT = 3000;
  public static final String DEFAULT_DATA_DIR = "./data";
  public static final String DEFAULT_REPORT_TIMEZONE = "America/Bogota";

  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  public AppConfig {
    adminUserIds = Set.copyOf(adminUserIds);
    wolkvoxSettings = Map.copyOf(wolkvoxSettings);
  }

  /**
   * Reads and checks the environment.
   *
   * @throws ConfigException naming every missing or invalid setting (never a value of a secret)
   */
  public static AppConfig from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    String appToken = value(env, "SLACK_APP_TOKEN");
    boolean socketMode = appToken != null;

    String botToken = value(env, "SLACK_BOT_TOKEN");
    if (botToken == null) {
      problems.add("SLACK_BOT_TOKEN is missing: set it to the app's Bot User OAuth Token (xoxb-...).");
    } else if (!botToken.startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN does not look like a bot token: it must start with xoxb-.");
    }
    if (appToken != null && !appToken.startsWith("xapp-")) {
      problems.add("SLACK_APP_TOKEN does not look like an app-level token: it must start with xapp-.");
    }
    String signingSecret = value(env, "SLACK_SIGNING_SECRET");
    if (signingSecret == null && !socketMode) {
      problems.add("SLACK_SIGNING_SECRET is missing: HTTP mode needs the app's Signing Secret "
          + "(or set SLACK_APP_TOKEN to use Socket Mode).");
    }

    String apiUrl = orDefault(env, "SLACK_API_URL", DEFAULT_SLACK_API_URL);
    if (!isHttpUrl(apiUrl)) {
      problems.add("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_SLACK_API_URL + ".");
    } else if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }

    int port = DEFAULT_PORT;
    String portText = value(env, "PORT");
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
        if (port < 0 || port > 65535) {
          problems.add("PORT must be a number from 0 to 65535, not " + portText + ".");
        }
      } catch (NumberFormatException e) {
        problems.add("PORT must be a number from 0 to 65535, not \"" + portText + "\".");
      }
    }

    String databaseUrl = value(env, "DATABASE_URL");
    boolean postgres = false;
    if (databaseUrl != null) {
      String lower = databaseUrl.toLowerCase(Locale.ROOT);
      postgres = lower.startsWith("postgres://") || lower.startsWith("postgresql://")
          || lower.startsWith("jdbc:postgresql:");
      if (!postgres && !lower.startsWith("jdbc:")) {
        problems.add("DATABASE_URL must be a postgres://user:password@host:port/database URL or a jdbc: URL.");
      }
    }

    Path dataDir = Path.of(orDefault(env, "DATA_DIR", DEFAULT_DATA_DIR));

    String key = value(env, "SETTINGS_ENCRYPTION_KEY");
    if (key == null && postgres) {
      problems.add("SETTINGS_ENCRYPTION_KEY is missing: with PostgreSQL it is required "
          + "(base64 of 32 random bytes, for example from: openssl rand -base64 32).");
    } else if (key != null && !isKey(key)) {
      problems.add("SETTINGS_ENCRYPTION_KEY must be base64 of exactly 32 bytes (openssl rand -base64 32).");
    }
    String previousKey = value(env, "SETTINGS_ENCRYPTION_KEY_PREVIOUS");
    if (previousKey != null && !isKey(previousKey)) {
      problems.add("SETTINGS_ENCRYPTION_KEY_PREVIOUS must be base64 of exactly 32 bytes.");
    }

    String wolkvoxBaseUrl = value(env, "WOLKVOX_BASE_URL");
    if (wolkvoxBaseUrl != null && !isHttpUrl(wolkvoxBaseUrl)) {
      problems.add("WOLKVOX_BASE_URL must be an http(s) URL.");
    }

    Set<String> admins = new LinkedHashSet<>();
    String adminText = value(env, "ADMIN_USER_IDS");
    if (adminText != null) {
      for (String id : adminText.split(",")) {
        String trimmed = id.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (USER_ID.matcher(trimmed).matches()) {
          admins.add(trimmed);
        } else {
          problems.add("ADMIN_USER_IDS has \"" + trimmed + "\", which is not a Slack user id (like U012ABCDEF).");
        }
      }
    }

    ZoneId zone = ZoneId.of(DEFAULT_REPORT_TIMEZONE);
    String zoneText = value(env, "REPORT_TIMEZONE");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        problems.add("REPORT_TIMEZONE \"" + zoneText + "\" is not a timezone; use a name such as America/Bogota.");
      }
    }

    boolean demo = false;
    String demoText = value(env, "WOLKVOX_DEMO");
    if (demoText != null) {
      if (demoText.equalsIgnoreCase("true")) {
        demo = true;
      } else if (!demoText.equalsIgnoreCase("false")) {
        problems.add("WOLKVOX_DEMO must be true or false, not \"" + demoText + "\".");
      }
    }

    Map<String, String> wolkvox = new TreeMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith("WOLKVOX_") && v != null) {
        wolkvox.put(k, v);
      }
    });

    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new AppConfig(botToken, signingSecret, appToken, apiUrl, port, databaseUrl, dataDir, key, previousKey,
        wolkvoxBaseUrl, admins, zone, demo, wolkvox);
  }

  /** True when the bot connects to Slack over Socket Mode (SLACK_APP_TOKEN set) instead of serving HTTP. */
  public boolean socketMode() {
    return slackAppToken != null;
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static String orDefault(Map<String, String> env, String name, String fallback) {
    String v = value(env, name);
    return v == null ? fallback : v;
  }

  private static boolean isHttpUrl(String s) {
    try {
      URI uri = new URI(s);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean isKey(String s) {
    try {
      return Base64.getDecoder().decode(s).length == 32;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Without any token, secret or key. */
  @Override
  public String toString() {
    return "AppConfig[mode=" + (socketMode() ? "socket" : "http") + ", slackApiUrl=" + slackApiUrl + ", port=" + port
        + ", database=" + (databaseUrl == null ? "embedded" : "external") + ", dataDir=" + dataDir
        + ", wolkvoxBaseUrl=" + wolkvoxBaseUrl + ", admins=" + adminUserIds + ", reportTimezone=" + reportTimezone
        + ", wolkvoxDemo=" + wolkvoxDemo + "]";
  }
}
