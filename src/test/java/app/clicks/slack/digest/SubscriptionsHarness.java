package app.clicks.slack.digest;

import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SignedPosts;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.testing.FakeSettingsStore;
import com.slack.api.bolt.App;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The App Home with the digest subscriptions' section, running for real on Jetty against the Slack stand-in, over
 * {@link FakeSubscriptions}, settings in memory (wolkvox connected, report timezone Lima), known routing points and
 * ads, and a switch for Microsoft Teams. Background work runs on the calling thread, so each request's Home tab
 * publishes are done when its answer arrives.
 */
final class SubscriptionsHarness implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final ZoneId LIMA = ZoneId.of("America/Lima");
  /** Routing point 12 is named by the directory, 13 is not; ad 120211 is named by the admins, 120999 is not. */
  static final KnownSlices KNOWN = new KnownSlices(
      List.of(new KnownSlices.Named("12", "WhatsApp Ventas"), new KnownSlices.Named("13", null)),
      List.of(new KnownSlices.Named("120211", "Black Friday"), new KnownSlices.Named("120999", null)));

  final SlackStandIn slack;
  final FakeSettingsStore settings = new FakeSettingsStore();
  final FakeSubscriptions subscriptions = new FakeSubscriptions();
  final AtomicBoolean teams = new AtomicBoolean(false);
  final App app;
  final BoltServer server;
  final SignedPosts posts;

  SubscriptionsHarness(SlackStandIn slack) throws Exception {
    this.slack = slack;
    settings.save(DigestFixtures.connected("en", LIMA));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    DigestFeature feature = new DigestFeature(
        new DigestFeature.Parts(subscriptions, key -> KNOWN, key -> teams.get()),
        settings, ZoneId.of("America/Bogota"), Runnable::run, clock);
    HomeFeature home = new HomeFeature(settings, new SlackUsers(Set.of(), clock), Runnable::run,
        List.of(feature.section()));
    this.app = BoltApps.newApp(HomeHarness.BOT_TOKEN, HomeHarness.SECRET, slack.apiUrl());
    home.register(app);
    feature.register(app, home);
    this.server = BoltServer.start(app);
    this.posts = new SignedPosts(new SignedRequests(HomeHarness.SECRET, server.eventsUrl()));
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
  }
}
