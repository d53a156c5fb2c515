package app.clicks.slack.names;

import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SignedPosts;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.store.AdClicksQuery;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import app.clicks.store.DirectoryRequest;
import app.clicks.store.DirectoryStore;
import app.clicks.store.Purpose;
import app.clicks.store.SeenIds;
import app.clicks.store.StoreSettings;
import app.clicks.wolkvox.DirectoryEntry;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import com.slack.api.bolt.App;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The names feature running for real: a Bolt app on Jetty with the App Home and the names section, a Slack stand-in,
 * settings, choices, click aggregates and the directory on one Flyway-migrated H2, and a directory source the test
 * fills. The workspace is connected to server 0042 in Bogotá, where today is 2026-11-23.
 */
final class NamesHarness implements AutoCloseable {
  static final String SERVER = "0042";
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  final SlackStandIn slack = new SlackStandIn();
  final DataSource db = TestDatabases.h2();
  final JdbcSettingsStore settings = new JdbcSettingsStore(db, TestKeys.cipher(TestKeys.newKey()));
  final JdbcWorkspaceChoices choices = new JdbcWorkspaceChoices(db);
  final Map<DirectoryList, List<DirectoryEntry>> lists = new ConcurrentHashMap<>();
  volatile WolkvoxException failure;
  /** Whether the workspace's own token is proven on its server (store.ProvenReader#proven): yes, until a test says. */
  volatile boolean proven = true;
  final Clock clock = Clock.fixed(HomeHarness.NOW, ZoneOffset.UTC);
  final DirectoryStore directory;
  final ExecutorService executor = Executors.newFixedThreadPool(2);
  final BoltServer server;
  final SignedPosts posts;

  NamesHarness() throws Exception {
    directory = new DirectoryStore(db, (connection, list, calls) -> {
      calls.count();
      if (failure != null) {
        throw failure;
      }
      return lists.getOrDefault(list, List.of());
    }, StoreSettings.DEFAULTS, clock);
    NamesFeature names = new NamesFeature(settings, choices, new AdClicksQuery(db), c -> proven, directory,
        executor, clock);
    HomeFeature home = new HomeFeature(settings, new SlackUsers(Set.of(), clock), executor, List.of(names.section()));
    App app = BoltApps.newApp(HomeHarness.BOT_TOKEN, HomeHarness.SECRET, slack.apiUrl());
    home.register(app);
    names.register(app, home);
    server = BoltServer.start(app);
    posts = new SignedPosts(new SignedRequests(HomeHarness.SECRET, server.eventsUrl()));
  }

  void connect() {
    settings.save(new WorkspaceSettings(HomeHarness.WORKSPACE, SERVER, "wolkvox-token-123456", TokenState.OK, BOGOTA,
        Locale.ENGLISH, "U0ADMIN", HomeHarness.NOW));
  }

  /** Stores {@code clicks} of ad {@code id} on {@code day} as the click store's per-day aggregate. */
  void adClicks(String server, LocalDate day, String id, String url, long clicks) throws Exception {
    aggregate(server, day, "a", id, url, clicks);
  }

  /** Stores {@code clicks} coded {@code code} on {@code day}. */
  void codeClicks(LocalDate day, String code, long clicks) throws Exception {
    aggregate(SERVER, day, "o", code, "", clicks);
  }

  private void aggregate(String server, LocalDate day, String dim, String k, String url, long clicks)
      throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO click_day_total"
            + " (server_id, local_day, dim, k, url, stype, media, clicks) VALUES (?, ?, ?, ?, ?, 'ad', 'video', ?)")) {
      ps.setString(1, server);
      ps.setDate(2, Date.valueOf(day));
      ps.setString(3, dim);
      ps.setString(4, k);
      ps.setString(5, url);
      ps.setLong(6, clicks);
      ps.executeUpdate();
    }
  }

  /** Reads the directory as an answer would (today's daily read of each list). */
  void readDirectory() {
    directory.directory(new DirectoryRequest(new WolkvoxConnection(SERVER, "wolkvox-token-123456", BOGOTA),
        Purpose.INTERACTIVE, SeenIds.NONE));
  }

  HttpResponse<String> interaction(String payload) throws Exception {
    return posts.interaction(payload);
  }

  HttpResponse<String> event(String json) throws Exception {
    return posts.event(json);
  }

  @Override
  public void close() throws Exception {
    server.close();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
    slack.close();
  }
}
