package app.clicks.slack.digest;

import app.clicks.digest.DigestPoster;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.teams.TeamsSettings;
import app.clicks.teams.TeamsSettingsStore;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the digest subscriptions: their Home tab section (give {@link #section()} to the
 * {@link HomeFeature}), the add/change modal, the delete confirmation and "send now"; {@link #register(App,
 * HomeFeature)} adds their listeners to the app.
 */
public final class DigestFeature {
  private static final Logger LOG = LoggerFactory.getLogger(DigestFeature.class);

  private final Subscriptions subscriptions;
  private final WorkspaceZones zones;
  private final DigestViews views;
  private final Executor executor;
  private final Clock clock;
  private final SendNowBoard board = new SendNowBoard();
  private final DigestSection section;

  /**
   * What the digest's App Home part reads and changes.
   *
   * @param subscriptions the workspaces' digest subscriptions (DigestModule::subscriptions)
   * @param names the routing points and ads a digest can be sliced by, and their names
   * @param teamsConnected whether a workspace connected Microsoft Teams (then a subscription may post there)
   */
  public record Parts(Subscriptions subscriptions, SliceNames names, Predicate<WorkspaceKey> teamsConnected) {}

  /**
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param executor runs "send now" and Home tab publishing off Slack's 3 s window
   */
  public DigestFeature(Parts parts, SettingsStore settings, ZoneId defaultZone, Executor executor, Clock clock) {
    this.subscriptions = parts.subscriptions();
    this.zones = new WorkspaceZones(settings, defaultZone);
    this.views = new DigestViews(parts.subscriptions(), zones, parts.names(), parts.teamsConnected());
    this.executor = executor;
    this.clock = clock;
    this.section = new DigestSection(parts.subscriptions(), parts.names(), board, defaultZone);
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

  /**
   * Whether a workspace connected Microsoft Teams (a Workflows webhook is set), as {@code store} has it; a store that
   * cannot be read counts as not connected (the modal then offers the Slack channel only), with one log line.
   */
  public static Predicate<WorkspaceKey> teamsConnected(TeamsSettingsStore store) {
    return key -> {
      try {
        return store.find(key).map(TeamsSettings::posts).orElse(false);
      } catch (RuntimeException e) {
        LOG.warn("The Teams settings of {} could not be read for the digest: {}", key,
            e.getClass().getSimpleName());
        return false;
      }
    };
  }

  /** The digests' part of the Home tab. */
  public HomeSection section() {
    return section;
  }

  /** Adds the digests' listeners to {@code app}, with the App Home's admin check and publisher. */
  public void register(App app, HomeFeature home) {
    SlackUsers users = home.users();
    HomeTab tab = home.publisher();
    SendNowListener sendNow = new SendNowListener(subscriptions, users, board, tab, executor, clock);
    DigestButtonListener buttons = new DigestButtonListener(subscriptions, views, zones, users, tab, sendNow, clock);
    app.blockAction(DigestActions.ADD, buttons);
    app.blockAction(DigestActions.MENU, buttons);
    app.blockAction(DigestActions.CADENCE, new CadenceListener(views, zones, users));
    app.viewSubmission(DigestActions.MODAL,
        new DigestSubmissionListener(subscriptions, views, zones, users, tab, executor, clock));
    app.viewSubmission(DigestActions.DELETE_MODAL,
        new DeleteSubmissionListener(subscriptions, zones, users, tab, executor));
  }
}
