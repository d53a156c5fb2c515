package app.clicks.slack.alerts;

import app.clicks.alerts.AlertModule;
import app.clicks.alerts.AlertPoster;
import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.home.HomeFeature;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * The Slack side of the alerts: its Home tab section (give {@link #section()} to the {@link HomeFeature}), the alerts
 * modal, and the poster; {@link #register(App, HomeFeature)} adds its listeners to the app.
 */
public final class AlertsFeature {
  private final AlertModule alerts;
  private final WorkspaceLook look;
  private final Executor executor;
  private final Clock clock;
  private final AlertsSection section;

  public AlertsFeature(AlertModule alerts, SettingsStore settings, ZoneId defaultZone, Executor executor,
      Clock clock) {
    this.alerts = alerts;
    this.look = new WorkspaceLook(settings, defaultZone);
    this.executor = executor;
    this.clock = clock;
    this.section = new AlertsSection(alerts::status, defaultZone);
  }

  /** The alerts' poster: chat.postMessage as the bot with its own Web API client at {@code apiUrl}. */
  public static AlertPoster poster(String botToken, String apiUrl, SettingsStore settings) {
    return poster(BotTokens.single(botToken), apiUrl, settings);
  }

  /** The alerts' poster, posting to each workspace with that workspace's bot token. */
  public static AlertPoster poster(BotTokens tokens, String apiUrl, SettingsStore settings) {
    return SlackAlertPoster.create(tokens, apiUrl, SlackAlertPoster.TIMEOUT, settings);
  }

  public HomeSection section() {
    return section;
  }

  /** Adds the alerts' listeners to {@code app}; a workspace the app is removed from loses its alerts too. */
  public void register(App app, HomeFeature home) {
    home.alsoOnRemoval(alerts::remove);
    app.blockAction(AlertsActions.EDIT, new AlertsButtonListener(alerts, look, home.users()));
    app.viewSubmission(AlertsActions.MODAL,
        new AlertsSubmissionListener(alerts, look, home.users(), home.publisher(), executor, clock));
  }
}
