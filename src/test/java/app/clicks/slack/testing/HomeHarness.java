package app.clicks.slack.testing;

import app.clicks.slack.common.BoltApps;
import app.clicks.slack.home.HomeFeature;
import app.clicks.store.ConnectionStats;

import app.clicks.settings.EncryptionKeys;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.SettingsDatabases;
import app.clicks.settings.TokenCipher;
import app.clicks.settings.WorkspaceKey;
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
final class HomeHarness implements AutoCloseable {
  static final String BOT_TOKEN = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp";
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final WorkspaceKey WORKSPACE = new WorkspaceKey("", HomePayloads.TEAM);
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  final SlackStandIn slack;
  final DataSource db;
  final String key;
  final JdbcSettingsStore store;
  final FakeClickSource wolkvox = new FakeClickSource();
  final ExecutorService executor = Executors.newFixedThreadPool(2);
  final App app;
  final BoltServer server;
  final SignedRequests signed;
  final HttpClient http = HttpClient.newHttpClient();

  HomeHarness() throws Exception {
    this(SettingsDatabases.h2(), newKey());
  }

  /** The timezone whose "today" the Home tab last asked the wolkvox call count for. */
  volatile java.time.ZoneId callsZone;

  HomeHarness(DataSource db, String key) throws Exception {
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
    HomeFeature home = new HomeFeature(
        store, stats, wolkvox, Set.of("U0EXTRA"), executor, Clock.fixed(NOW, ZoneOffset.UTC), List.of());
    this.app = BoltApps.newApp(BOT_TOKEN, SECRET, slack.apiUrl());
    home.register(app);
    this.server = BoltServer.start(app);
    this.signed = new SignedRequests(SECRET, server.eventsUrl());
  }

  static String newKey() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  static TokenCipher cipher(String key) {
    return new TokenCipher(new EncryptionKeys(EncryptionKeys.parse("SETTINGS_ENCRYPTION_KEY", key), null));
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> event(String json) throws Exception {
    return send(signed.event(json));
  }

  HttpResponse<String> interaction(String payload) throws Exception {
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
