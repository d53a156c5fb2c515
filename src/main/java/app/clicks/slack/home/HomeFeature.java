package app.clicks.slack.home;

import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectActions;
import app.clicks.slack.connect.ConnectButtonListener;
import app.clicks.slack.connect.ConnectSubmissionListener;
import app.clicks.slack.connect.ConnectionCheck;
import app.clicks.slack.connect.DisconnectButtonListener;
import app.clicks.slack.connect.TestBoard;
import app.clicks.slack.connect.TestButtonListener;
import app.clicks.store.ConnectionStats;
import app.clicks.store.ConnectionTester;

import app.clicks.settings.SettingsStore;
import app.clicks.wolkvox.ClickSource;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The App Home: the Home tab, the connect modal and its connection test, disconnect, and the uninstall and
 * tokens-revoked clean-up. Built with its collaborators; {@link #register(App)} adds its listeners to the app.
 */
public final class HomeFeature {
  /** How long a users.info answer (admin flag, locale) is trusted. */
  public static final Duration USER_CACHE = Duration.ofSeconds(60);

  private final SettingsStore store;
  private final SlackUsers users;
  private final TestBoard board = new TestBoard();
  private final WorkspaceRemoval removal;
  private final List<Consumer<WorkspaceSettings>> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final HomePublisher home;
  private final ConnectionCheck check;
  private final Executor executor;
  private final Clock clock;

  /**
   * @param source where the connection test asks wolkvox (one small request)
   * @param adminUserIds ADMIN_USER_IDS: users who are admins besides the workspace's admins and owners
   * @param executor runs Home tab publishing and connection tests (up to 60 s each) off Slack's 3 s window
   * @param moreSections parts of the Home tab drawn after the connection (the digest adds its own)
   */
  public HomeFeature(
      SettingsStore store,
      ConnectionStats stats,
      ClickSource source,
      Set<String> adminUserIds,
      Executor executor,
      Clock clock,
      List<HomeSection> moreSections) {
    this.store = store;
    this.users = new SlackUsers(adminUserIds, clock, USER_CACHE);
    this.home = new HomePublisher(store, stats, users, board, moreSections);
    this.check = new ConnectionCheck(store, new ConnectionTester(source, clock), board, home, executor, clock);
    this.executor = executor;
    this.clock = clock;
    this.removal = new WorkspaceRemoval(store, board);
  }

  /** Adds what another feature does when an admin saves the wolkvox connection (the digest follows its zone). */
  public void alsoOnConnectionSaved(Consumer<WorkspaceSettings> follow) {
    saved.add(follow);
  }

  /** Adds what another feature forgets when the app is uninstalled from a workspace or its bot tokens revoked. */
  public void alsoOnRemoval(Consumer<WorkspaceKey> forget) {
    removal.also(forget);
  }

  /** Adds the App Home's listeners to {@code app}. */
  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(home, executor));
    app.blockAction(ConnectActions.CONNECT, new ConnectButtonListener(store, users));
    app.blockAction(ConnectActions.TEST, new TestButtonListener(store, users, board, home, check));
    app.blockAction(ConnectActions.DISCONNECT, new DisconnectButtonListener(store, users, board, home));
    app.viewSubmission(ConnectActions.CONNECT_MODAL, new ConnectSubmissionListener(store, users, check, clock, saved));
    app.event(AppUninstalledEvent.class, new AppUninstalledListener(removal));
    app.event(TokensRevokedEvent.class, new TokensRevokedListener(removal));
  }

  /** Republishes a user's Home tab (for other features whose settings it shows). */
  public HomePublisher publisher() {
    return home;
  }

  /** Who counts as an admin (workspace admins and owners, plus ADMIN_USER_IDS), for other features' modals. */
  public SlackUsers users() {
    return users;
  }
}
