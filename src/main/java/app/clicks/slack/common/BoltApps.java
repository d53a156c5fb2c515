package app.clicks.slack.common;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;

/**
 * The one place the Slack SDK is configured: the Bolt {@link App} of one workspace's bot token, or of many workspaces
 * installed through "Add to Slack" (OAuth v2), and a Web API client of its own (the digest's), all talking to the
 * Slack Web API at a given base URL. Every OAuth field of Bolt's AppConfig is set here, because its defaults read
 * SLACK_CLIENT_ID, SLACK_SCOPES, SLACK_REDIRECT_URI and more from the environment behind our back.
 */
public final class BoltApps {
  /** Where an install starts (GET): the page with the "Add to Slack" button. */
  public static final String INSTALL_PATH = "/slack/install";
  /** Where Slack sends the installer back (GET), on PUBLIC_URL; the manifest's oauth_config.redirect_urls. */
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  /**
   * The app's OAuth v2 credentials (multi-workspace mode).
   *
   * @param scopes comma-separated bot scopes an install asks for
   * @param publicUrl the https base URL the bot is reached at, without a trailing slash
   */
  public record Installs(String clientId, String clientSecret, String scopes, String publicUrl) {
    /** PUBLIC_URL + {@link #REDIRECT_PATH}. */
    public String redirectUri() {
      return publicUrl + REDIRECT_PATH;
    }

    /** Without the secret. */
    @Override
    public String toString() {
      return "Installs[clientId=" + clientId + ", scopes=" + scopes + ", redirectUri=" + redirectUri() + "]";
    }
  }

  private BoltApps() {}

  /**
   * The app of one workspace (SLACK_BOT_TOKEN): no OAuth flow.
   *
   * @param apiUrl base of the Slack Web API, such as https://slack.com/api/ (tests give a local stand-in)
   */
  public static App newApp(String botToken, String signingSecret, String apiUrl) {
    AppConfig config = withoutOAuth(AppConfig.builder())
        .slack(Slack.getInstance(config(apiUrl)))
        .singleTeamBotToken(botToken)
        .signingSecret(signingSecret)
        .build();
    return new App(config);
  }

  /**
   * The app of many workspaces: GET {@link #INSTALL_PATH} starts an install, GET {@link #REDIRECT_PATH} completes
   * it (oauth.v2.access, at {@code apiUrl} like every other call); each request is answered with its workspace's
   * bot token from the InstallationService the caller gives the app (with the OAuthStateService and the pages)
   * before it serves.
   */
  public static App newInstallableApp(Installs installs, String signingSecret, String apiUrl) {
    AppConfig config = withoutOAuth(AppConfig.builder())
        .slack(Slack.getInstance(config(apiUrl)))
        .singleTeamBotToken(null)
        .signingSecret(signingSecret)
        .clientId(installs.clientId())
        .clientSecret(installs.clientSecret())
        .scope(installs.scopes())
        .redirectUri(installs.redirectUri())
        .oauthInstallPath(INSTALL_PATH)
        .oauthStartPath(INSTALL_PATH)
        .oauthRedirectUriPath(REDIRECT_PATH)
        .oauthCallbackPath(REDIRECT_PATH)
        .oAuthInstallPageRenderingEnabled(true)
        .stateValidationEnabled(true)
        // One auth.test per token per 10 minutes, not one per request.
        .authTestCacheEnabled(true)
        .build();
    App app = new App(config);
    // new App(config) turns the OAuth paths off (a single-team default): turn them on again.
    app.asOAuthApp(true);
    return app;
  }

  /** Every OAuth field set, off: nothing is left to Bolt's defaults, which read the environment. */
  private static AppConfig.AppConfigBuilder withoutOAuth(AppConfig.AppConfigBuilder b) {
    return b.verificationToken(null)
        .clientId(null)
        .clientSecret(null)
        .redirectUri(null)
        .scope(null)
        .userScope(null)
        .appPath(null)
        .oauthInstallPath(INSTALL_PATH)
        .oauthStartPath(INSTALL_PATH)
        .oauthRedirectUriPath(REDIRECT_PATH)
        .oauthCallbackPath(REDIRECT_PATH)
        .oAuthInstallPathEnabled(false)
        .oAuthStartEnabled(false)
        .oAuthRedirectUriPathEnabled(false)
        .oAuthCallbackEnabled(false)
        .oauthCompletionUrl(null)
        .oauthCancellationUrl(null)
        .classicAppPermissionsEnabled(false)
        .openIDConnectEnabled(false)
        .alwaysRequestUserTokenNeeded(false);
  }

  /** A Web API client for {@code botToken} at {@code apiUrl} that gives up on a call after {@code timeout}. */
  public static MethodsClient methods(String botToken, String apiUrl, Duration timeout) {
    SlackConfig config = config(apiUrl);
    config.setHttpClientReadTimeoutMillis((int) timeout.toMillis());
    config.setHttpClientWriteTimeoutMillis((int) timeout.toMillis());
    config.setHttpClientCallTimeoutMillis((int) timeout.toMillis());
    return Slack.getInstance(config).methods(botToken);
  }

  private static SlackConfig config(String apiUrl) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    config.setPrettyResponseLoggingEnabled(false);
    return config;
  }
}
