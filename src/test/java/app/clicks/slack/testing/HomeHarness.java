package app.clicks.slack.testing;

import app.clicks.report.ReportZone;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectFeature;
import app.clicks.slack.home.HomeFeature;
import app.clicks.store.ConnectionTester;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeConnectionStats;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.slack.api.bolt.App;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The App Home running for real: a Bolt app served by Jetty with the {@link HomeFeature}, a Slack stand-in, the
 * settings on a Flyway-migrated H2, and a fake wolkvox.
 */
public final class HomeHarness implements AutoCloseable {
  public static final String BOT_TOKEN = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp";
  public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  public static final WorkspaceKey WORKSPACE = new WorkspaceKey("", HomePayloads.TEAM);
  public static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  public final SlackStandIn slack;
  public final DataSource db;
  public final String key;
  public final JdbcSettingsStore store;
  /** A wolkvox with 3 chats half an hour before {@link #NOW}. */
  public final FakeClickSource wolkvox =
      new FakeClickSource().add(FakeClickSource.chats(3, NOW.minusSeconds(1800)));
  public final ExecutorService executor = Executors.newFixedThreadPool(2);
  public final App app;
  public final BoltServer server;
  public final SignedRequests signed;
  public final SignedPosts posts;

  /** 7 of 500 wolkvox calls today, the last fetch at 14:55; it keeps the zone the Home tab asked "today" in. */
  public final FakeConnectionStats stats =
      new FakeConnectionStats(7, 500, Optional.of(Instant.parse("2026-11-23T14:55:00Z")));
  private final boolean ownsDb;
  private final ZoneId defaultZone;

  /** With a fresh H2 of its own, which {@link #close()} closes. */
  public HomeHarness() throws Exception {
    this(ReportZone.DEFAULT);
  }

  /** @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE) */
  public HomeHarness(ZoneId defaultZone) throws Exception {
    this(TestDatabases.h2(), TestKeys.newKey(), true, defaultZone);
  }

  private HomeHarness(DataSource db, String key, boolean ownsDb, ZoneId defaultZone) throws Exception {
    this.ownsDb = ownsDb;
    this.defaultZone = defaultZone;
    this.slack = new SlackStandIn();
    this.db = db;
    this.key = key;
    this.store = new JdbcSettingsStore(db, TestKeys.cipher(key));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ConnectFeature connect =
        new ConnectFeature(store, stats, new ConnectionTester(db, wolkvox, clock), executor, defaultZone, clock);
    HomeFeature home = new HomeFeature(store, new SlackUsers(Set.of("U0EXTRA"), clock), executor,
        List.of(connect.section()));
    this.app = BoltApps.newApp(BOT_TOKEN, SECRET, slack.apiUrl());
    home.register(app);
    connect.register(app, home);
    this.server = BoltServer.start(app);
    this.signed = new SignedRequests(SECRET, server.eventsUrl());
    this.posts = new SignedPosts(signed);
  }

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return posts.send(request);
  }

  public HttpResponse<String> event(String json) throws Exception {
    return posts.event(json);
  }

  public HttpResponse<String> interaction(String payload) throws Exception {
    return posts.interaction(payload);
  }

  /** Stops this app and starts another on the same database and key, as a restart would. */
  public HomeHarness restart() throws Exception {
    stop();
    return new HomeHarness(db, key, ownsDb, defaultZone);
  }

  @Override
  public void close() throws Exception {
    stop();
    if (ownsDb && db instanceof AutoCloseable own) {
      own.close();
    }
  }

  private void stop() throws Exception {
    server.close();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
    slack.close();
  }
}
