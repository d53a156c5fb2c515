package app.clicks.slack.common;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

/** Builds the Bolt {@link App} for one workspace's bot token, talking to the Slack Web API at a given base URL. */
public final class BoltApps {
  private BoltApps() {}

  /**
   * @param apiUrl base of the Slack Web API, such as https://slack.com/api/ (tests give a local stand-in)
   */
  public static App newApp(String botToken, String signingSecret, String apiUrl) {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    slackConfig.setPrettyResponseLoggingEnabled(false);
    Slack slack = Slack.getInstance(slackConfig);
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(botToken)
            .signingSecret(signingSecret)
            .build();
    return new App(config);
  }
}
