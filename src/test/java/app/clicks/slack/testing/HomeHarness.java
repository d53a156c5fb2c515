package app.clicks.slack.testing;

import app.clicks.report.ReportZone;
import app.clicks.settings.EncryptionKeys;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.SettingsDatabases;
import app.clicks.settings.TokenCipher;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectFeature;
import app.clicks.slack.home.HomeFeature;
import app.clicks.store.ConnectionStats;
import app.clicks.store.ConnectionTester;
import com.slack.api.bolt.App;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
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
  public final FakeClickSource wolkvox = new FakeClickSource();
  public final ExecutorService executor = Executors.newFixedThreadPool(2);
  public final App app;
  public final BoltServer server;
  public final SignedRequests signed;
  public final HttpClient http = HttpClient.newHttpClient();

  public HomeHarness() throws Exception {
    this(SettingsDatabases.h2(), newKey());
  }

  /** The timezone whose "today" the Home tab last asked the wolkvox call count for. */
  public volatile java.time.ZoneId callsZone;

  public HomeHarness(DataSource db, String key) throws Exception {
    this(db, key, ReportZone.DEFAULT);
  }

  /** @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE) */
  public HomeHarness(DataSource db, String key, java.time.ZoneId defaultZone) throws Exception {
    this.slack = new SlackStandIn();
    this.db = db;
    this.key = key;
    this.store = new JdbcSettingsStore(db, cipher(key));
    ConnectionStats stats = new ConnectionStats() {
      @Override
      public long callsToday(String serverId, java.time.ZoneId zone) {
        callsZone = zone;
        return 7;
      }

      @Override
      public int dailyBudget() {
        return 500;
      }

      @Override
      public Optional<Instant> lastFetch(String serverId) {
        return Optional.of(Instant.parse("2026-11-23T14:55:00Z"));
      }
    };
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
  }

  public static String newKey() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  public static TokenCipher cipher(String key) {
    return new TokenCipher(new EncryptionKeys(EncryptionKeys.parse("SETTINGS_ENCRYPTION_KEY", key), null));
  }

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> event(String json) throws Exception {
    return send(signed.event(json));
  }

  public HttpResponse<String> interaction(String payload) throws Exception {
    return send(signed.interaction(payload));
  }

  @Override
  public void close() throws Exception {
    server.close();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
    slack.close();
  }
}
