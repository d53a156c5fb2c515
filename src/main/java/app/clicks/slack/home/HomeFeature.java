package app.clicks.slack.home;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home: the Home tab drawn from the sections the features give (the wolkvox connection first, then the
 * digest), and the uninstall and tokens-revoked clean-up. {@link #register(App)} adds its listeners to the app; the
 * other features reach it for the admin check, to republish a Home tab, and to follow a saved or removed workspace.
 */
public final class HomeFeature {
  private static final Logger LOG = LoggerFactory.getLogger(HomeFeature.class);

  private final SlackUsers users;
  private final WorkspaceRemoval removal;
  private final List<Consumer<WorkspaceSettings>> saved = new CopyOnWriteArrayList<>();
  private final HomePublisher home;
  private final Executor executor;

  /**
   * @param users who counts as an admin (workspace admins and owners, plus ADMIN_USER_IDS), and their languages
   * @param executor runs Home tab publishing off Slack's 3 s window
   * @param sections the parts of the Home tab, in order (the connection, then the digest)
   */
  public HomeFeature(SettingsStore store, SlackUsers users, Executor executor, List<HomeSection> sections) {
    this.users = users;
    this.home = new HomePublisher(store, users, sections);
    this.executor = executor;
    this.removal = new WorkspaceRemoval(store);
  }

  /** The Home tab's note that the bot runs on the built-in demo data: give it first, in demo mode only. */
  public static HomeSection demoNote() {
    return new DemoNote();
  }

  /** Adds what another feature does when an admin saves the wolkvox connection (the digest follows its zone). */
  public void alsoOnConnectionSaved(Consumer<WorkspaceSettings> follow) {
    saved.add(follow);
  }

  /** Tells the features that follow it that an admin saved the wolkvox connection; a failure is logged. */
  public void connectionSaved(WorkspaceSettings settings) {
    for (Consumer<WorkspaceSettings> follow : saved) {
      try {
        follow.accept(settings);
      } catch (RuntimeException e) {
        LOG.error("After saving the connection of {}, a feature could not follow it", settings.key(), e);
      }
    }
  }

  /** Adds what another feature forgets when the app is uninstalled from a workspace or its bot tokens revoked. */
  public void alsoOnRemoval(Consumer<WorkspaceKey> forget) {
    removal.also(forget);
  }

  /** Adds the App Home's listeners to {@code app}. */
  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(home, executor));
    app.event(AppUninstalledEvent.class, new AppUninstalledListener(removal));
    app.event(TokensRevokedEvent.class, new TokensRevokedListener(removal));
  }

  /** Republishes a user's Home tab (for other features whose settings it shows). */
  public HomeTab publisher() {
    return home;
  }

  /** Who counts as an admin (workspace admins and owners, plus ADMIN_USER_IDS), for other features' modals. */
  public SlackUsers users() {
    return users;
  }
}
