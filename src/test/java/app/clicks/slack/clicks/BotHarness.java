package app.clicks.slack.clicks;

import app.clicks.context.SummaryContexts;
import app.clicks.report.AdCount;
import app.clicks.report.Totals;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.store.ClickReader;
import app.clicks.store.StoredTotals;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import com.slack.api.bolt.App;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The real Bolt app with the /clicks listeners, served by Jetty on a free port, talking to a {@link SlackStandIn}, with
 * in-memory settings, a programmable store and a bounded work pool that refuses when full, as the runtime's.
 */
final class BotHarness implements AutoCloseable {
  static final String BOT_TOKEN = "xoxb-test-000000000000-fakebottoken";
  static final String SIGNING_SECRET = "test-signing-secret-0123456789";
  static final String WOLKVOX_TOKEN = "wvx-SECRET-token-9f8e7d6c5b4a";
  static final WorkspaceKey WORKSPACE = new WorkspaceKey("", "T0TEST");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** 10:00 in Bogotá on 2026-11-24, so yesterday is 2026-11-23. */
  static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

  final SlackStandIn slack;
  final FakeSettingsStore settings = new FakeSettingsStore();
  final FakeClickReader reader = new FakeClickReader();
  final ThreadPoolExecutor work;
  final BoltServer server;
  final SignedRequests signed;
  final HttpClient http = HttpClient.newHttpClient();

  BotHarness() throws Exception {
    this(2, 4);
  }

  BotHarness(int threads, int queue) throws Exception {
    this(threads, queue, null, SummaryContexts.NONE, null);
  }

  /** /clicks answered from {@code store} with the names and codes of {@code contexts} (the fake reader unused). */
  BotHarness(ClickReader store, SummaryContexts contexts) throws Exception {
    this(2, 4, store, contexts, null);
  }

  /**
   * With {@code store} instead of the fake reader (when not null) and the fast lane of {@code threads} threads and
   * {@code queue} slots in lanes made by {@code lanes} (when not null; else lanes without progress ticks).
   */
  BotHarness(int threads, int queue, ClickReader store, java.util.function.Function<java.util.concurrent.Executor,
      AnswerLanes> lanes) throws Exception {
    this(threads, queue, store, SummaryContexts.NONE, lanes);
  }

  private BotHarness(int threads, int queue, ClickReader store, SummaryContexts contexts,
      java.util.function.Function<java.util.concurrent.Executor, AnswerLanes> lanes) throws Exception {
    slack = new SlackStandIn();
    App app = BoltApps.newApp(BOT_TOKEN, SIGNING_SECRET, slack.apiUrl());
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    work = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), new ThreadPoolExecutor.AbortPolicy());
    ClickReader used = store == null ? reader : store;
    SlackUsers users = new SlackUsers(Set.of(), clock);
    AnswerLanes made = lanes == null ? new AnswerLanes(work, Ticker.NONE, AnswerLanes.MAX_WAITING) : lanes.apply(work);
    new ClicksFeature(settings, used, contexts, null, BOGOTA, users, made, clock).register(app);
    server = BoltServer.start(app);
    signed = new SignedRequests(SIGNING_SECRET, server.eventsUrl());
    reader.totals = new StoredTotals(sampleCurrent(), samplePrevious(), Instant.parse("2026-11-24T14:55:00Z"), false,
        1);
  }

  /** Where Slack sends requests: /slack/events. */
  URI eventsUrl() {
    return server.eventsUrl();
  }

  /** Saves a working wolkvox connection for the workspace, in {@code language}. */
  void connect(Locale language) {
    settings.save(new WorkspaceSettings(WORKSPACE, "0042", WOLKVOX_TOKEN, WorkspaceSettings.TokenState.OK, BOGOTA,
        language, "U0ADMIN", NOW));
  }

  /** Posts /clicks {@code text} as {@code user}; its response_url records under {@code responseId}. */
  HttpResponse<String> command(String text, String user, String responseId) throws Exception {
    return send(commandRequest(text, user, responseId));
  }

  HttpRequest commandRequest(String text, String user, String responseId) {
    return signed.slashCommand(SignedRequests.clicksForm(WORKSPACE.teamId(), user, text, slack.responseUrl(responseId)));
  }

  /** Clicks the share button holding {@code value} as {@code user}. */
  HttpResponse<String> share(String value, String user, String responseId) throws Exception {
    String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + WORKSPACE.teamId() + "\",\"domain\":\"test\"},"
        + "\"user\":{\"id\":\"" + user + "\",\"team_id\":\"" + WORKSPACE.teamId() + "\"},\"api_app_id\":\"A0CLICKS\","
        + "\"container\":{\"type\":\"message\",\"is_ephemeral\":true},\"trigger_id\":\"1.2.3\","
        + "\"channel\":{\"id\":\"C0GENERAL\",\"name\":\"general\"},"
        + "\"response_url\":\"" + slack.responseUrl(responseId) + "\","
        + "\"actions\":[{\"type\":\"button\",\"action_id\":\"" + ShareAction.ACTION_ID + "\",\"block_id\":\"clicks_share\","
        + "\"value\":" + new com.google.gson.Gson().toJson(value) + ",\"action_ts\":\"1764000000.000100\"}]}";
    return send(signed.interaction(payload));
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static Totals sampleCurrent() {
    return new Totals(3, 3, 1,
        List.of(new AdCount("ad-1", "https://fb.me/ad-1", "ad", "video", 2),
            new AdCount("ad-2", "https://www.instagram.com/p/2", "post", "image", 1)),
        Map.of("ana", 2L), Map.of("RP1", 3L), Map.of("VENTA", 2L, "", 1L), Collections.nCopies(24, 0L));
  }

  static Totals samplePrevious() {
    return new Totals(2, 2, 0, List.of(new AdCount("ad-1", "https://fb.me/ad-1", "ad", "video", 2)),
        Map.of("ana", 1L, "luis", 1L), Map.of("RP1", 2L), Map.of("VENTA", 2L), Collections.nCopies(24, 0L));
  }

  @Override
  public void close() throws Exception {
    server.close();
    work.shutdown();
    work.awaitTermination(5, TimeUnit.SECONDS);
    slack.close();
  }
}
