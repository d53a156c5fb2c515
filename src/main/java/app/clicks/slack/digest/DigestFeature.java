package app.clicks.slack.digest;

import app.clicks.digest.DigestModule;
import app.clicks.digest.DigestPoster;
import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * The Slack side of the daily digest: its Home tab section (give {@link #section()} to the {@link HomeFeature}), the
 * digest modal and the "send now" button; {@link #register(App, HomeFeature)} adds its listeners to the app.
 */
public final class DigestFeature {
  private final DigestModule digest;
  private final WorkspaceZones zones;
  private final Executor executor;
  private final Clock clock;
  private final SendNowBoard board = new SendNowBoard();
  private final DigestSection section;

  /**
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param executor runs "send now" and Home tab publishing off Slack's 3 s window
   */
  public DigestFeature(DigestModule digest, SettingsStore settings, ZoneId defaultZone, Executor executor,
      Clock clock) {
    this.digest = digest;
    this.zones = new WorkspaceZones(settings, defaultZone);
    this.executor = executor;
    this.clock = clock;
    this.section = new DigestSection(digest::status, board);
  }

  /**
   * The digest's poster: chat.postMessage as the bot with its own Web API client at {@code apiUrl}, so the digest can
   * post before (and without) the Bolt app serving.
   */
  public static DigestPoster poster(String botToken, String apiUrl, SettingsStore settings) {
    return poster(BotTokens.single(botToken), apiUrl, settings);
  }

  /** The digest's poster, posting to each workspace with that workspace's bot token. */
  public static DigestPoster poster(BotTokens tokens, String apiUrl, SettingsStore settings) {
    return SlackDigestPoster.create(tokens, apiUrl, SlackDigestPoster.TIMEOUT, settings);
  }

  /** The digest's part of the Home tab. */
  public HomeSection section() {
    return section;
  }

  /**
   * Adds the digest's listeners to {@code app}, with the App Home's admin check and publisher; a workspace the app
   * is removed from loses its digest too.
   */
  public void register(App app, HomeFeature home) {
    SlackUsers users = home.users();
    HomeTab tab = home.publisher();
    home.alsoOnRemoval(digest::remove);
    home.alsoOnConnectionSaved(saved -> digest.followZone(saved.key(), saved.zone(), clock.instant()));
    app.blockAction(DigestActions.EDIT, new DigestButtonListener(digest::schedule, zones, users));
    app.blockAction(DigestActions.SEND_NOW,
        new SendNowListener(digest::sendNow, users, board, tab, executor, clock));
    app.viewSubmission(DigestActions.MODAL,
        new DigestSubmissionListener(digest, zones, users, tab, executor, clock));
  }
}
