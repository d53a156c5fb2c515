package app.clicks.slack.teams;

import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.home.HomeFeature;
import app.clicks.teams.Teams;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The Slack side of Microsoft Teams: the "Microsoft Teams" section of the Home tab (give {@link #section()} to the
 * {@link HomeFeature}) with its modal and Disconnect button; {@link #register(App, HomeFeature)} adds the listeners.
 */
public final class TeamsFeature {
  private final Teams teams;
  private final SettingsStore settings;
  private final Executor executor;
  private final Clock clock;
  private final TeamsSection section;

  /**
   * @param publicUrl PUBLIC_URL (null when unset): the callback URL shown is it + /teams/messages
   * @param socketMode true in Socket Mode, where /teams/messages is not served (the section says so)
   */
  public TeamsFeature(Teams teams, SettingsStore settings, String publicUrl, boolean socketMode, Executor executor,
      Clock clock) {
    this.teams = teams;
    this.settings = settings;
    this.executor = executor;
    this.clock = clock;
    this.section = new TeamsSection(teams.store(), new TeamsBlocks.Reach(publicUrl, socketMode));
  }

  public HomeSection section() {
    return section;
  }

  /** Adds the listeners; a workspace the app is removed from loses its Teams settings too. */
  public void register(App app, HomeFeature home) {
    home.alsoOnRemoval(teams::disconnect);
    app.blockAction(TeamsActions.EDIT, new TeamsButtonListener(teams.store(), settings, home.users()));
    app.blockAction(TeamsActions.DISCONNECT, new TeamsDisconnectListener(teams, home.users(), home.publisher()));
    app.viewSubmission(TeamsActions.MODAL,
        new TeamsSubmissionListener(teams, settings, home.users(), home.publisher(), executor, clock));
  }
}
