package app.clicks.config;

import app.clicks.alerts.QuartzTimings;
import app.clicks.digest.DigestSettings;
import app.clicks.store.DatabaseUrl;
import app.clicks.store.StoreSettings;
import app.clicks.wolkvox.WolkvoxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bot's settings, read once from the environment and checked together: Slack's, the database's, the settings
 * cipher's, and the typed settings of the store, the wolkvox client and the digest, which it hands to them.
 *
 * @param slackBotToken xoxb-… token of the one workspace (single-workspace mode); null in multi-workspace mode
 * @param slackAppToken xapp-… token: when set the bot runs in Socket Mode instead of HTTP; null otherwise
 * @param slackSigningSecret required in HTTP mode; may be null in Socket Mode
 * @param database PostgreSQL from DATABASE_URL, or the embedded H2 file in dataDir
 * @param settingsEncryptionKey base64 of 32 bytes; null only with the embedded database (one is created there)
 * @param adminUserIds ADMIN_USER_IDS: users treated as admins besides the workspace's admins and owners, each
 *     TEAM:USER (that workspace only) or, serving one workspace, a bare user id
 * @param reportTimezone the report timezone of a workspace that has not chosen one (REPORT_TIMEZONE)
 * @param wolkvoxDemo the built-in demo data instead of wolkvox, with no connection needed (WOLKVOX_DEMO)
 * @param alerts how often the alert rules are checked (ALERT_CHECK_MINUTES)
 * @param publicUrl the https base URL the app is reached at, without a trailing slash (PUBLIC_URL); null when unset.
 *     Teams is given PUBLIC_URL + /teams/messages as its Outgoing Webhook's callback URL; the install's redirect URL
 *     is PUBLIC_URL + /slack/oauth_redirect
 * @param slackInstall multi-workspace mode ("Add to Slack"): the app's OAuth credentials; null in single-workspace mode
 */
public record AppConfig(
    String slackBotToken,
    String slackSigningSecret,
    String slackAppToken,
    String slackApiUrl,
    int port,
    DatabaseUrl database,
    Path dataDir,
    String settingsEncryptionKey,
    String settingsEncryptionKeyPrevious,
    Set<String> adminUserIds,
    ZoneId reportTimezone,
    boolean wolkvoxDemo,
    StoreSettings store,
    WolkvoxSettings wolkvox,
    DigestSettings digest,
    QuartzTimings alerts,
    String publicUrl,
    SlackInstall slackInstall) {

  public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
  public static final int DEFAULT_PORT = 3000;
  /**
   * The bot scopes an install asks for when SLACK_SCOPES is unset: the bot scopes of manifest.yml, in its order (a
   * test keeps the two equal; the manifest is not in the jar).
   */
  public static final String DEFAULT_SLACK_SCOPES =
      "commands,chat:write,chat:write.public,users:read,files:write,im:write,channels:join";

  /**
   * Multi-workspace mode: the app's OAuth v2 credentials, from SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SCOPES
   * (comma-separated bot scopes, default {@link #DEFAULT_SLACK_SCOPES}).
   */
  public record SlackInstall(String clientId, String clientSecret, String scopes) {
    /** Without the secret. */
    @Override
    public String toString() {
      return "SlackInstall[clientId=" + clientId + ", scopes=" + scopes + "]";
    }
  }

  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
  /** A user in one workspace, for ADMIN_USER_IDS: its team id, a colon, its user id. */
  private static final Pattern TEAM_USER = Pattern.compile("[TE][A-Z0-9]{2,}:[UW][A-Z0-9]{2,}");

  public AppConfig {
    adminUserIds = Set.copyOf(adminUserIds);
  }

  /**
   * Reads and checks the environment.
   *
   * @throws ConfigException naming every missing or invalid setting (never a value of a secret)
   */
  public static AppConfig from(Map<String, String> environment) {
    Env env = new Env(environment);
    String appToken = env.text("SLACK_APP_TOKEN");
    boolean socketMode = appToken != null;

    String botToken = env.text("SLACK_BOT_TOKEN");
    SlackInstall install = slackInstall(env, botToken, socketMode);
    if (botToken == null && install == null && !env.hasAny("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")) {
      env.problem("SLACK_BOT_TOKEN is missing: set it to the app's Bot User OAuth Token (xoxb-...) for one "
          + "workspace, or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET instead to serve many workspaces.");
    } else if (botToken != null && !botToken.startsWith("xoxb-")) {
      env.problem("SLACK_BOT_TOKEN does not look like a bot token: it must start with xoxb-.");
    }
    if (appToken != null && !appToken.startsWith("xapp-")) {
      env.problem("SLACK_APP_TOKEN does not look like an app-level token: it must start with xapp-.");
    }
    String signingSecret = env.text("SLACK_SIGNING_SECRET");
    if (signingSecret == null && !socketMode) {
      env.problem("SLACK_SIGNING_SECRET is missing: HTTP mode needs the app's Signing Secret "
          + "(or set SLACK_APP_TOKEN to use Socket Mode).");
    }

    String apiUrl = env.text("SLACK_API_URL", DEFAULT_SLACK_API_URL);
    if (!isHttpUrl(apiUrl)) {
      env.problem("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_SLACK_API_URL + ".");
    } else if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }

    int port = env.integer("PORT", DEFAULT_PORT, 0, 65535, "a number from 0 to 65535");

    Path dataDir = Variables.dataDir(env);
    DatabaseUrl database = Variables.database(env, dataDir);

    String key = env.text("SETTINGS_ENCRYPTION_KEY");
    if (key == null && database != null && database.postgres()) {
      env.problem("SETTINGS_ENCRYPTION_KEY is missing: with PostgreSQL it is required "
          + "(base64 of 32 random bytes, for example from: openssl rand -base64 32).");
    } else if (key != null && !isKey(key)) {
      env.problem("SETTINGS_ENCRYPTION_KEY must be base64 of exactly 32 bytes (openssl rand -base64 32).");
    }
    String previousKey = env.text("SETTINGS_ENCRYPTION_KEY_PREVIOUS");
    if (previousKey != null && !isKey(previousKey)) {
      env.problem("SETTINGS_ENCRYPTION_KEY_PREVIOUS must be base64 of exactly 32 bytes.");
    }

    Set<String> admins = adminUserIds(env, install != null);

    ZoneId zone = Variables.zone(env);
    boolean demo = Variables.demo(env);
    int maxInFlight = Variables.maxInFlight(env);
    WolkvoxSettings wolkvox = Variables.wolkvox(env, maxInFlight);
    StoreSettings store = Variables.store(env, maxInFlight);
    DigestSettings digest = Variables.digest(env);
    QuartzTimings alerts = Variables.alerts(env);
    String publicUrl = Variables.publicUrl(env);
    boolean wantsMany = env.text("SLACK_CLIENT_ID") != null && env.text("SLACK_CLIENT_SECRET") != null
        && botToken == null && !socketMode;
    if (wantsMany && env.text("PUBLIC_URL") == null) {
      env.problem("PUBLIC_URL is missing: serving many workspaces (SLACK_CLIENT_ID) needs the https address the bot "
          + "is reached at, such as https://clicks.example.com (Slack sends installers back to PUBLIC_URL"
          + "/slack/oauth_redirect).");
    }

    env.throwIfAnyProblem();
    return new AppConfig(botToken, signingSecret, appToken, apiUrl, port, database, dataDir, key, previousKey,
        admins, zone, demo, store, wolkvox, digest, alerts, publicUrl, install);
  }

  /**
   * ADMIN_USER_IDS, comma-separated: {@code TEAM:USER} makes a user an admin in that workspace only; a bare user id
   * makes one an admin in the one workspace a single-workspace deployment serves. Serving many workspaces, a bare id
   * would make someone an admin of every workspace that installs the app: it is refused, naming the form to use.
   */
  private static Set<String> adminUserIds(Env env, boolean manyWorkspaces) {
    Set<String> admins = new LinkedHashSet<>();
    String adminText = env.text("ADMIN_USER_IDS");
    if (adminText == null) {
      return admins;
    }
    for (String id : adminText.split(",")) {
      String trimmed = id.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (TEAM_USER.matcher(trimmed).matches()) {
        admins.add(trimmed);
      } else if (!USER_ID.matcher(trimmed).matches()) {
        env.problem("ADMIN_USER_IDS has \"" + trimmed + "\", which is not a Slack user id (like U012ABCDEF) or a"
            + " workspace's user (like T0123ABCD:U012ABCDEF).");
      } else if (manyWorkspaces) {
        env.problem("ADMIN_USER_IDS has \"" + trimmed + "\" without a workspace: serving many workspaces, write it"
            + " TEAM:USER (like T0123ABCD:" + trimmed + ") so that it applies in that workspace only.");
      } else {
        admins.add(trimmed);
      }
    }
    return admins;
  }

  /**
   * SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SCOPES: multi-workspace mode when both credentials are set and no
   * bot token is; every wrong combination is a problem (and null).
   */
  private static SlackInstall slackInstall(Env env, String botToken, boolean socketMode) {
    String clientId = env.text("SLACK_CLIENT_ID");
    String clientSecret = env.text("SLACK_CLIENT_SECRET");
    String scopes = env.text("SLACK_SCOPES", DEFAULT_SLACK_SCOPES).replace(" ", "");
    if (clientId == null && clientSecret == null) {
      return null;
    }
    boolean ok = true;
    if (botToken != null) {
      env.problem("Both SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are set: set SLACK_BOT_TOKEN alone "
          + "for one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET alone to serve many workspaces.");
      ok = false;
    }
    if (clientId == null) {
      env.problem("SLACK_CLIENT_SECRET is set without SLACK_CLIENT_ID: set both (Basic Information > App "
          + "Credentials) to serve many workspaces.");
      ok = false;
    } else if (clientSecret == null) {
      env.problem("SLACK_CLIENT_ID is set without SLACK_CLIENT_SECRET: set both (Basic Information > App "
          + "Credentials) to serve many workspaces.");
      ok = false;
    }
    if (clientId != null && socketMode) {
      env.problem("SLACK_CLIENT_ID cannot be used with Socket Mode (SLACK_APP_TOKEN): installing through "
          + "/slack/install needs HTTP mode and a PUBLIC_URL; unset SLACK_APP_TOKEN.");
      ok = false;
    }
    if (scopes.isEmpty() || !scopes.matches("[a-z:._,-]+")) {
      env.problem("SLACK_SCOPES must be comma-separated bot scopes such as " + DEFAULT_SLACK_SCOPES + ".");
      ok = false;
    }
    return ok ? new SlackInstall(clientId, clientSecret, scopes) : null;
  }

  /** True when the bot serves many workspaces, each installed through "Add to Slack" (SLACK_CLIENT_ID). */
  public boolean multiWorkspace() {
    return slackInstall != null;
  }

  /** True when the bot connects to Slack over Socket Mode (SLACK_APP_TOKEN set) instead of serving HTTP. */
  public boolean socketMode() {
    return slackAppToken != null;
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
        + ", database=" + (database.postgres() ? "external" : "embedded") + ", dataDir=" + dataDir
        + ", wolkvoxBaseUrl=" + wolkvox.baseUrl() + ", admins=" + adminUserIds + ", reportTimezone=" + reportTimezone
        + ", wolkvoxDemo=" + wolkvoxDemo + ", workspaces=" + (multiWorkspace() ? "many" : "one")
        + ", publicUrl=" + publicUrl + "]";
  }
}
