package app.clicks.slack.digest;

import app.clicks.digest.DeliveryLog;
import app.clicks.digest.DigestModule;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.DigestSettings;
import app.clicks.digest.SubscriptionStore;
import app.clicks.digest.DigestStores;
import app.clicks.digest.DigestTiming;
import app.clicks.digest.QuartzDigestScheduler;
import app.clicks.digest.QuartzOptions;
import app.clicks.digest.RetryPolicy;
import app.clicks.digest.RunResult;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectFeature;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SignedPosts;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.store.ConnectionTester;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeConnectionStats;
import app.clicks.testing.TestKeys;
import com.slack.api.bolt.App;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

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
  /** The digest's subscriptions, as the App Home changes them. */
  final Subscriptions subscriptions;
  final QuartzDigestScheduler scheduler;
  final BlockingQueue<RunResult> runs = new LinkedBlockingQueue<>();
  final ExecutorService executor = Executors.newFixedThreadPool(2);
  final App app;
  final BoltServer server;
  final SignedPosts posts;

  /** @param cipherKey the settings encryption key (instances on one database share it) */
  DigestHarness(SlackStandIn slack, DataSource db, String cipherKey, ZoneId defaultZone) throws Exception {
    this.slack = slack;
    this.settings = new JdbcSettingsStore(db, TestKeys.cipher(cipherKey));
    reader.totals = DigestFixtures.known();
    Clock clock = Clock.systemUTC();
    SlackDigestPoster poster =
        SlackDigestPoster.create(HomeHarness.BOT_TOKEN, slack.apiUrl(), Duration.ofSeconds(5), settings);
    SubscriptionStore schedules = new SubscriptionStore(db);
    DeliveryLog deliveries = new DeliveryLog(db);
    DigestRunner runner = new DigestRunner(new DigestStores(schedules, deliveries, settings), reader, poster,
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, d -> {}, clock));
    this.scheduler = new QuartzDigestScheduler(db, schedules, runner,
        new QuartzOptions(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(60), 2),
        QuartzDigestScheduler.newInstanceId(), runs::add);
    this.digest = DigestModule.of(schedules, deliveries, scheduler, runner);
    this.subscriptions = digest.subscriptions();
    DigestFeature feature = new DigestFeature(new DigestFeature.Parts(subscriptions, SliceNames.NONE, key -> false),
        settings, defaultZone, executor, clock);
    ConnectFeature connect = new ConnectFeature(settings, new FakeConnectionStats(1, 500, Optional.empty()),
        new ConnectionTester(db, new FakeClickSource(), clock), executor, defaultZone, clock);
    HomeFeature home = new HomeFeature(settings, new SlackUsers(Set.of(), clock), executor,
        List.of(connect.section(), feature.section()));
    home.alsoOnRemoval(digest::remove);
    home.alsoOnConnectionSaved(saved -> digest.followZone(saved.key(), saved.zone(), clock.instant()));
    this.app = BoltApps.newApp(HomeHarness.BOT_TOKEN, HomeHarness.SECRET, slack.apiUrl());
    home.register(app);
    connect.register(app, home);
    feature.register(app, home);
    this.server = BoltServer.start(app);
    this.posts = new SignedPosts(new SignedRequests(HomeHarness.SECRET, server.eventsUrl()));
    scheduler.start();
  }

  HttpResponse<String> interaction(String payload) throws Exception {
    return posts.interaction(payload);
  }

  HttpResponse<String> event(String json) throws Exception {
    return posts.event(json);
  }

  /** The next scheduled run's result; fails after {@code seconds}. */
  RunResult nextRun(int seconds) throws InterruptedException {
    RunResult r = runs.poll(seconds, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no scheduled digest run within " + seconds + " s");
    }
    return r;
  }

  @Override
  public void close() throws Exception {
    scheduler.shutdown(true);
    server.close();
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}
