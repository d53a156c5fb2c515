package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.store.ConnectionStats;
import app.clicks.store.ConnectionTester;
import app.clicks.wolkvox.WolkvoxConnection;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * Connecting wolkvox from the App Home: the connection's part of the Home tab (give {@link #section()} to the
 * {@link HomeFeature}, first), the connect modal, the connection test and disconnect;
 * {@link #register(App, HomeFeature)} adds its listeners to the app.
 */
public final class ConnectFeature {
  private final SettingsStore store;
  private final ConnectionTester tester;
  private final ServerZones zones;
  private final Executor executor;
  private final ZoneId defaultZone;
  private final Clock clock;
  private final TestBoard board = new TestBoard();
  private final ConnectionSection section;

  /**
   * @param stats the wolkvox calls today, the budget and the last fetch, shown with the connection
   * @param tester asks wolkvox once for the connection test (counted in the day's call log, never refused)
   * @param executor runs connection tests (up to 60 s each) and Home tab publishing off Slack's 3 s window
   * @param defaultZone the report timezone the connect modal offers first (REPORT_TIMEZONE)
   */
  public ConnectFeature(SettingsStore store, ConnectionStats stats, ConnectionTester tester, Executor executor,
      ZoneId defaultZone, Clock clock) {
    this(store, stats, tester, new SharedServers(ServerZones.NONE, c -> true), executor, defaultZone, clock);
  }

  /**
   * As above, where several workspaces may connect one wolkvox server: {@code shared} tells the timezone a server
   * already has, which a second workspace's connection must keep, and whether a workspace's own token is proven on
   * its server, without which the server's use is not shown to it.
   */
  public ConnectFeature(SettingsStore store, ConnectionStats stats, ConnectionTester tester, SharedServers shared,
      Executor executor, ZoneId defaultZone, Clock clock) {
    this.zones = shared.zones();
    this.store = store;
    this.defaultZone = defaultZone;
    this.tester = tester;
    this.executor = executor;
    this.clock = clock;
    this.section = new ConnectionSection(stats, board, shared.proven());
  }

  /**
   * What workspaces that may share a wolkvox server need.
   *
   * @param zones the report timezone a server already has
   * @param proven whether a connection's own token works on its server (store.ProvenReader#proven)
   */
  public record SharedServers(ServerZones zones, Predicate<WolkvoxConnection> proven) {}

  /** The wolkvox connection's part of the Home tab. */
  public HomeSection section() {
    return section;
  }

  /**
   * Adds the connect, test and disconnect listeners to {@code app}, with the App Home's admin check and publisher; a
   * workspace the app is removed from loses its last test too.
   */
  public void register(App app, HomeFeature home) {
    SlackUsers users = home.users();
    HomeTab tab = home.publisher();
    ConnectionCheck check = new ConnectionCheck(store, tester, board, tab, executor, clock);
    home.alsoOnRemoval(board::forget);
    app.blockAction(ConnectActions.CONNECT, new ConnectButtonListener(store, users, defaultZone));
    app.blockAction(ConnectActions.TEST, new TestButtonListener(store, users, board, tab, check));
    app.blockAction(ConnectActions.DISCONNECT, new DisconnectButtonListener(store, users, board, tab));
    app.viewSubmission(ConnectActions.CONNECT_MODAL,
        new ConnectSubmissionListener(store, users, check, zones, clock, home::connectionSaved));
  }
}
