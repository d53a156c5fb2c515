package app.clicks.slack.digest;

import app.clicks.digest.DeliveryLog;
import app.clicks.digest.DigestModule;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.DigestSettings;
import app.clicks.digest.DigestSettingsStore;
import app.clicks.digest.DigestStores;
import app.clicks.digest.DigestTiming;
import app.clicks.digest.QuartzDigestScheduler;
import app.clicks.digest.QuartzOptions;
import app.clicks.digest.RetryPolicy;
import app.clicks.digest.RunResult;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectFeature;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.FakeClickReader;
import app.clicks.slack.testing.FakeClickSource;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.store.ConnectionStats;
import app.clicks.store.ConnectionTester;
import app.clicks.store.DatabaseUrl;
import com.slack.api.bolt.App;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One instance of the app's digest, running for real: a Bolt app on Jetty with the App Home and the digest feature,
 * a Quartz scheduler on the given database, the Slack digest poster, settings on the same database, and a click
 * reader with known totals. Several instances may share one database and one Slack stand-in.
 */
final class DigestHarness implements AutoCloseable {
  final SlackStandIn slack;
  final JdbcSettingsStore settings;
  final FakeClickReader reader = new FakeClickReader();
  final DigestModule digest;
  final QuartzDigestScheduler scheduler;
  final BlockingQueue<RunResult> runs = new LinkedBlockingQueue<>();
  final ExecutorService executor = Executors.newFixedThreadPool(2);
  final App app;
  final BoltServer server;
  final SignedRequests signed;
  final HttpClient http = HttpClient.newHttpClient();

  /** @param cipherKey the settings encryption key (instances on one database share it) */
  DigestHarness(SlackStandIn slack, DataSource db, String cipherKey, ZoneId defaultZone) throws Exception {
    this.slack = slack;
    this.settings = new JdbcSettingsStore(db, HomeHarness.cipher(cipherKey));
    reader.totals = DigestFixtures.known();
    Clock clock = Clock.systemUTC();
    SlackDigestPoster poster =
        SlackDigestPoster.create(HomeHarness.BOT_TOKEN, slack.apiUrl(), Duration.ofSeconds(5), settings);
    DigestSettingsStore schedules = new DigestSettingsStore(db);
    DeliveryLog deliveries = new DeliveryLog(db);
    DigestRunner runner = new DigestRunner(new DigestStores(schedules, deliveries, settings), reader, poster,
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, d -> {}, clock));
    this.scheduler = new QuartzDigestScheduler(db, schedules, runner,
        new QuartzOptions(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(60), 2),
        QuartzDigestScheduler.newInstanceId(), runs::add);
    this.digest = new DigestModule(schedules, deliveries, scheduler);
    DigestFeature feature = new DigestFeature(digest, settings, defaultZone, executor, clock);
    ConnectFeature connect = new ConnectFeature(settings, new FixedStats(),
        new ConnectionTester(db, new FakeClickSource(), clock), executor, defaultZone, clock);
    HomeFeature home = new HomeFeature(settings, new SlackUsers(Set.of(), clock), executor,
        List.of(connect.section(), feature.section()));
    this.app = BoltApps.newApp(HomeHarness.BOT_TOKEN, HomeHarness.SECRET, slack.apiUrl());
    home.register(app);
    connect.register(app, home);
    feature.register(app, home);
    this.server = BoltServer.start(app);
    this.signed = new SignedRequests(HomeHarness.SECRET, server.eventsUrl());
    scheduler.start();
  }

  HttpResponse<String> interaction(String payload) throws Exception {
    return http.send(signed.interaction(payload), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> event(String json) throws Exception {
    return http.send(signed.event(json), HttpResponse.BodyHandlers.ofString());
  }

  /** The next scheduled run's result; fails after {@code seconds}. */
  RunResult nextRun(int seconds) throws InterruptedException {
    RunResult r = runs.poll(seconds, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no scheduled digest run within " + seconds + " s");
    }
    return r;
  }

  /** A fresh in-memory H2 (the app's H2 settings), migrated. */
  static HikariDataSource h2() {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:h2:mem:digestslack-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + DatabaseUrl.H2_MODE);
    c.setMaximumPoolSize(10);
    return migrated(new HikariDataSource(c), null);
  }

  /** A fresh schema in the PostgreSQL of TEST_DATABASE_URL, migrated; fails without it (run with bash .ci/test). */
  static HikariDataSource postgres() {
    String url = System.getenv("TEST_DATABASE_URL");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      throw new AssertionError("TEST_DATABASE_URL is not set: run this test with bash .ci/test -Dtest=..., which "
          + "starts a throwaway PostgreSQL.");
    }
    URI uri = URI.create(url);
    String[] user = uri.getUserInfo() == null ? new String[] {"", ""} : uri.getUserInfo().split(":", 2);
    String schema = "digestslack_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
        + uri.getPath() + "?currentSchema=" + schema);
    c.setUsername(user[0]);
    c.setPassword(user.length > 1 ? user[1] : "");
    c.setMaximumPoolSize(10);
    return migrated(new HikariDataSource(c), schema);
  }

  private static HikariDataSource migrated(HikariDataSource ds, String schema) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    config.load().migrate();
    return ds;
  }

  @Override
  public void close() throws Exception {
    scheduler.shutdown(true);
    server.close();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** wolkvox call counts for the connection part of the Home tab. */
  private static final class FixedStats implements ConnectionStats {
    @Override
    public long callsToday(String serverId, java.time.ZoneId zone) {
      return 1;
    }

    @Override
    public int dailyBudget() {
      return 500;
    }

    @Override
    public java.util.Optional<java.time.Instant> lastFetch(String serverId) {
      return java.util.Optional.empty();
    }
  }
}
