package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.context.SummaryContexts;
import app.clicks.report.ClickRecord;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.store.ClickStore;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.util.Responder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The period buttons of an ephemeral answer (Yesterday · Last 7 days · This month · Previous period), with the real
 * store on H2 and the Slack stand-in: a press answers again in place through its own response_url, never more than
 * Slack's 5 posts.
 */
class PeriodButtonsTest {
  static final String SIGNING_SECRET = "test-signing-secret-0123456789";
  static final WorkspaceKey WORKSPACE = new WorkspaceKey("", "T0TEST");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
  static final String USER = "U0ANA";

  SlackStandIn slack;
  BoltServer server;
  SignedRequests signed;
  ThreadPoolExecutor work;
  final FakeClickSource source = new FakeClickSource();
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    App app = BoltApps.newApp("xoxb-test-periods", SIGNING_SECRET, slack.apiUrl());
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    FakeSettingsStore settings = new FakeSettingsStore();
    settings.save(new WorkspaceSettings(WORKSPACE, TestDatabases.newServer(), "wvx-token",
        WorkspaceSettings.TokenState.OK, BOGOTA, Locale.ENGLISH, "U0ADMIN", NOW));
    ClickStore store = new ClickStore(TestDatabases.shared(TestDatabases.H2).dataSource(), source,
        StoreSettings.DEFAULTS, clock);
    work = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4));
    new ClicksFeature(settings, store, SummaryContexts.NONE, store.export(), BOGOTA, new SlackUsers(Set.of(), clock),
        work, clock).register(app);
    server = BoltServer.start(app);
    signed = new SignedRequests(SIGNING_SECRET, server.eventsUrl());
    // One click a day at 10:00 for 3 weeks, and two more each Monday: every period has something to show.
    List<ClickRecord> clicks = new ArrayList<>();
    for (int d = 1; d <= 21; d++) {
      LocalDateTime day = LocalDateTime.of(2026, 11, 2, 10, 0).plusDays(d);
      int n = day.getDayOfWeek().getValue() == 1 ? 3 : 1;
      for (int i = 0; i < n; i++) {
        LocalDateTime at = day.plusMinutes(i);
        clicks.add(new ClickRecord("https://fb.me/ad-1", "ad", "ad-1", "chat-" + d + "-" + i, "RP1", "ana", "image",
            "", at.atZone(BOGOTA).toInstant(), at.toString().replace('T', ' '), "VENTA"));
      }
    }
    source.add(clicks);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    work.shutdown();
    work.awaitTermination(5, TimeUnit.SECONDS);
    slack.close();
  }

  private void command(String text) throws Exception {
    http.send(signed.slashCommand(SignedRequests.clicksForm(WORKSPACE.teamId(), USER, text,
        slack.responseUrl("r1"))), HttpResponse.BodyHandlers.ofString());
  }

  private void press(String actionId, String value, String responseUrlId) throws Exception {
    String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + WORKSPACE.teamId() + "\",\"domain\":\"t\"},"
        + "\"user\":{\"id\":\"" + USER + "\",\"team_id\":\"" + WORKSPACE.teamId() + "\"},\"api_app_id\":\"A0\","
        + "\"container\":{\"type\":\"message\",\"is_ephemeral\":true},\"trigger_id\":\"1.2.3\","
        + "\"channel\":{\"id\":\"C0GENERAL\",\"name\":\"general\"},\"response_url\":\""
        + slack.responseUrl(responseUrlId) + "\",\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId
        + "\",\"block_id\":\"clicks_share\",\"value\":" + new Gson().toJson(value)
        + ",\"action_ts\":\"1764000000.000100\"}]}";
    http.send(signed.interaction(payload), HttpResponse.BodyHandlers.ofString());
  }

  /** The answer with buttons posted to {@code id}, after any progress line; every post counted into {@code posts}. */
  private JsonObject answer(String id, List<String> posts) throws Exception {
    String body = slack.nextResponse(id);
    posts.add(body);
    while (!body.contains("\"actions\"")) {
      body = slack.nextResponse(id);
      posts.add(body);
    }
    return JsonParser.parseString(body).getAsJsonObject();
  }

  /** The value of the button {@code actionId} of an answer. */
  private static String value(JsonObject answer, String actionId) {
    for (JsonElement block : answer.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if ("actions".equals(b.get("type").getAsString())) {
        for (JsonElement e : b.getAsJsonArray("elements")) {
          if (actionId.equals(e.getAsJsonObject().get("action_id").getAsString())) {
            return e.getAsJsonObject().get("value").getAsString();
          }
        }
      }
    }
    throw new AssertionError("no button " + actionId + " in " + answer);
  }

  private static String header(JsonObject answer) {
    return answer.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("text").get("text")
        .getAsString();
  }

  private static List<String> actionIds(JsonObject answer) {
    List<String> ids = new ArrayList<>();
    for (JsonElement block : answer.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if ("actions".equals(b.get("type").getAsString())) {
        b.getAsJsonArray("elements").forEach(e -> ids.add(e.getAsJsonObject().get("action_id").getAsString()));
      }
    }
    return ids;
  }

  @Test
  void pressingLastSevenDaysOnYesterdaysAnswerReplacesItInPlace() throws Exception {
    command("yesterday top 3");
    JsonObject yesterday = answer("r1", new ArrayList<>());
    assertEquals("Clicks · yesterday (America/Bogota)", header(yesterday));
    assertEquals(List.of(PeriodActions.YESTERDAY, PeriodActions.LAST_7_DAYS, PeriodActions.THIS_MONTH,
        PeriodActions.PREVIOUS, FileActions.CHART, FileActions.CSV, ShareAction.ACTION_ID), actionIds(yesterday));

    press(PeriodActions.LAST_7_DAYS, value(yesterday, PeriodActions.LAST_7_DAYS), "b1");
    List<String> posts = new ArrayList<>();
    JsonObject week = answer("b1", posts);

    assertTrue(week.get("replace_original").getAsBoolean(), week.toString());
    assertEquals("ephemeral", week.get("response_type").getAsString());
    assertEquals("Clicks · last 7 days (America/Bogota)", header(week));
    assertTrue(week.toString().contains("clicks by day"), "the sparkline by day: " + week);
    assertTrue(week.get("text").getAsString().startsWith("last 7 days: 9 clicks"), week.get("text").getAsString());
    assertTrue(ShareValue.decode(value(week, ShareAction.ACTION_ID)).orElseThrow().topN() == 3, "the same top N");
    assertNull(slack.pollResponse("b1", 300), "nothing more on that response_url");
    assertTrue(posts.size() <= ResponsePosts.MAX, posts.toString());
    assertTrue(posts.stream().allMatch(p -> p.contains("\"replace_original\":true")), posts.toString());
  }

  @Test
  void previousPeriodAnswersForThePeriodBeforeTheOneShownAndCanBePressedAgain() throws Exception {
    command("last 7 days");
    JsonObject week = answer("r1", new ArrayList<>());

    press(PeriodActions.PREVIOUS, value(week, PeriodActions.PREVIOUS), "b1");
    JsonObject before = answer("b1", new ArrayList<>());
    press(PeriodActions.PREVIOUS, value(before, PeriodActions.PREVIOUS), "b2");
    JsonObject beforeThat = answer("b2", new ArrayList<>());

    assertTrue(header(before).contains("2026-11-10") && header(before).contains("2026-11-16"), header(before));
    assertTrue(before.toString().contains("2026-11-03") && before.toString().contains("2026-11-09"),
        "compared with the 7 days before: " + before);
    assertTrue(before.get("replace_original").getAsBoolean());
    assertTrue(header(beforeThat).contains("2026-11-03") && header(beforeThat).contains("2026-11-09"),
        header(beforeThat));
    assertEquals("<<last 7 days", ShareValue.decode(value(beforeThat, ShareAction.ACTION_ID)).orElseThrow().words(),
        "its Share, Chart and CSV buttons rebuild the same period");
  }

  @Test
  void aResponseUrlTakesFivePostsAndTheSixthIsNotSent() throws Exception {
    ResponsePosts posts = new ResponsePosts(new Responder(Slack.getInstance(), slack.responseUrl("p1")), WORKSPACE,
        USER);
    for (int i = 1; i <= ResponsePosts.MAX; i++) {
      int n = i;
      assertTrue(posts.send(ActionResponse.builder().text("post " + n).build()));
    }

    assertFalse(posts.send(ActionResponse.builder().text("post 6").build()));
    for (int i = 1; i <= ResponsePosts.MAX; i++) {
      assertTrue(slack.nextResponse("p1").contains("post " + i));
    }
    assertNull(slack.pollResponse("p1", 300), "the sixth never went");
    assertEquals(ResponsePosts.MAX, posts.count());
  }
}
