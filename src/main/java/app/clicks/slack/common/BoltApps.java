package app.clicks.slack.common;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;

/**
 * The one place the Slack SDK is configured: the Bolt {@link App} of the bot token, and a Web API client of its own
 * (the digest's), both talking to the Slack Web API at a given base URL.
 */
public final class BoltApps {
  private BoltApps() {}

  /**
   * @param apiUrl base of the Slack Web API, such as https://slack.com/api/ (tests give a local stand-in)
   */
  public static App newApp(String botToken, String signingSecret, String apiUrl) {
    AppConfig config =
        AppConfig.builder()
            .slack(Slack.getInstance(config(apiUrl)))
            .singleTeamBotToken(botToken)
            .signingSecret(signingSecret)
            .build();
    return new App(config);
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
