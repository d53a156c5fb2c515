package app.clicks.slack.clicks;

import app.clicks.context.SummaryContexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.csv.ClickCsv;
import app.clicks.csv.Rfc4180;
import app.clicks.report.ClickRecord;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.SlackStandIn.Answer;
import app.clicks.store.ClickStore;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.google.gson.Gson;
import com.slack.api.bolt.App;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "/clicks yesterday csv" and the Chart and CSV buttons, with the real store on H2 and the Slack stand-in: the file
 * goes to the person's DM (conversations.open, then the upload flow) and the channel gets one ephemeral line.
 */
class FilesToDmTest {
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
  final List<ClickRecord> yesterday = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    App app = BoltApps.newApp("xoxb-test-files", SIGNING_SECRET, slack.apiUrl());
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    String serverId = TestDatabases.newServer();
    FakeSettingsStore settings = new FakeSettingsStore();
    settings.save(new WorkspaceSettings(WORKSPACE, serverId, "wvx-token", WorkspaceSettings.TokenState.OK, BOGOTA,
        Locale.ENGLISH, "U0ADMIN", NOW));
    ClickStore store = new ClickStore(TestDatabases.shared(TestDatabases.H2).dataSource(), source,
        StoreSettings.DEFAULTS, clock);
    work = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4));
    new ClicksFeature(settings, store, SummaryContexts.NONE, store.export(), BOGOTA, new SlackUsers(Set.of(), clock), work, clock)
        .register(app);
    server = BoltServer.start(app);
    signed = new SignedRequests(SIGNING_SECRET, server.eventsUrl());
    String[] ads = {"ad-1", "ad-1", "ad-2", "ad-1", "ad-3", "ad-2", ""};
    String[] agents = {"ana", "luis", "ana", "", "ana", "luis", "ana"};
    for (int i = 0; i < ads.length; i++) {
      LocalDateTime at = LocalDateTime.of(2026, 11, 23, 8 + i, 15);
      String url = i == 2 ? "=HYPERLINK(\"http://evil\")" : "https://fb.me/" + ads[i];
      yesterday.add(new ClickRecord(url, "ad", ads[i], "chat-" + i, "RP1", agents[i], "image", "",
          at.atZone(BOGOTA).toInstant(), at.toString().replace('T', ' '), "VENTA"));
    }
    source.add(yesterday);
    source.add(new ClickRecord("https://fb.me/old", "ad", "ad-9", "chat-old", "RP1", "ana", "image", "",
        LocalDateTime.of(2026, 11, 22, 9, 0).atZone(BOGOTA).toInstant(), "2026-11-22 09:00:00", "VENTA"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    work.shutdown();
    work.awaitTermination(5, TimeUnit.SECONDS);
    slack.close();
  }

  HttpResponse<String> command(String text) throws Exception {
    return http.send(signed.slashCommand(SignedRequests.clicksForm(WORKSPACE.teamId(), USER, text,
        slack.responseUrl("r1"))), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> press(String actionId, String value) throws Exception {
    String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + WORKSPACE.teamId() + "\",\"domain\":\"t\"},"
        + "\"user\":{\"id\":\"" + USER + "\",\"team_id\":\"" + WORKSPACE.teamId() + "\"},\"api_app_id\":\"A0\","
        + "\"container\":{\"type\":\"message\",\"is_ephemeral\":true},\"trigger_id\":\"1.2.3\","
        + "\"channel\":{\"id\":\"C0GENERAL\",\"name\":\"general\"},\"response_url\":\"" + slack.responseUrl("b1")
        + "\",\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"block_id\":\"clicks_share\","
        + "\"value\":" + new Gson().toJson(value) + ",\"action_ts\":\"1764000000.000100\"}]}";
    return http.send(signed.interaction(payload), HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, Long> countBy(List<List<String>> rows, int column) {
    return rows.stream().collect(Collectors.groupingBy(r -> r.get(column), TreeMap::new, Collectors.counting()));
  }

  static Map<String, Long> countBy(List<ClickRecord> records, Function<ClickRecord, String> key) {
    return records.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  @Test
  void yesterdayCsvSendsExactlyYesterdaysClicksToTheDm() throws Exception {
    assertEquals(200, command("yesterday CSV").statusCode());

    assertEquals(USER, slack.next("conversations.open").params().get("users"));
    SlackStandIn.Call url = slack.next("files.getUploadURLExternal");
    assertEquals("clicks-2026-11-23.csv", url.params().get("filename"));
    byte[] bytes = slack.nextUpload().bytes();
    assertEquals(String.valueOf(bytes.length), url.params().get("length"));
    SlackStandIn.Call done = slack.next("files.completeUploadExternal");
    assertEquals("D" + USER, done.params().get("channel_id"));
    assertTrue(done.params().get("initial_comment").contains("7 rows"), done.params().get("initial_comment"));

    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
    List<List<String>> table = Rfc4180.read(text.substring(1));
    assertEquals(ClickCsv.HEADER, table.get(0));
    List<List<String>> rows = table.subList(1, table.size());
    assertEquals(yesterday.size(), rows.size(), "exactly the clicks of that day");
    assertEquals(countBy(yesterday, ClickRecord::sourceId), countBy(rows, 1), "per ad");
    assertEquals(countBy(yesterday, ClickRecord::agentId), countBy(rows, 10), "per agent");
    assertEquals("2026-11-23T08:15:00-05:00", rows.get(0).get(0), "in time order, in the report timezone");
    assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(2).get(4), "a formula is neutralised");

    String line = slack.nextResponse("r1");
    while (line.contains("Fetching") || line.contains("Working")) {
      line = slack.nextResponse("r1");
    }
    assertTrue(line.contains("direct message with the bot") && line.contains("7 clicks"), line);
    assertTrue(line.contains("\"ephemeral\""), line);
  }

  @Test
  void csvAloneMeansYesterday() throws Exception {
    command("csv");
    assertEquals("clicks-2026-11-23.csv", slack.next("files.getUploadURLExternal").params().get("filename"));
  }

  @Test
  void theChartButtonUploadsTheChartToTheDm() throws Exception {
    String value = ShareValue.encode(new ShareValue(NOW.getEpochSecond(), 5, "yesterday")).orElseThrow();
    assertEquals(200, press(FileActions.CHART, value).statusCode());

    assertEquals(USER, slack.next("conversations.open").params().get("users"));
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(slack.nextUpload().bytes()));
    assertEquals(1000, png.getWidth());
    assertEquals("D" + USER, slack.next("files.completeUploadExternal").params().get("channel_id"));
    String line = slack.nextResponse("b1");
    assertTrue(line.contains("The chart is in your direct message with the bot."), line);
  }

  @Test
  void aMissingScopeIsSaidInPlainWords() throws Exception {
    slack.on("conversations.open", c -> Answer.ok("{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"im:write\"}"));
    String value = ShareValue.encode(new ShareValue(NOW.getEpochSecond(), 5, "yesterday")).orElseThrow();
    press(FileActions.CSV, value);
    String line = slack.nextResponse("b1");
    assertTrue(line.contains("reinstall the app") && line.contains("im:write"), line);
    assertTrue(!line.contains("missing_scope"), line);
  }

  @Test
  void theAnswerCarriesShareChartAndCsvButtons() throws Exception {
    command("yesterday");
    String answer = slack.nextResponse("r1");
    while (!answer.contains("clicks_share\"")) {
      answer = slack.nextResponse("r1");
    }
    assertTrue(answer.contains("\"action_id\":\"" + ShareAction.ACTION_ID + "\""), answer);
    assertTrue(answer.contains("\"action_id\":\"" + FileActions.CHART + "\""), answer);
    assertTrue(answer.contains("\"action_id\":\"" + FileActions.CSV + "\""), answer);
  }

  @Test
  void aSharedAnswersChartFollowsItIntoTheChannelWhereTheBotIsAMember() throws Exception {
    String value = ShareValue.encode(new ShareValue(NOW.getEpochSecond(), 5, "yesterday")).orElseThrow();
    press(ShareAction.ACTION_ID, value);
    assertTrue(slack.nextResponse("b1").contains("in_channel"));
    SlackStandIn.Call done = slack.next("files.completeUploadExternal");
    assertEquals("C0GENERAL", done.params().get("channel_id"));
    assertEquals(null, slack.poll("conversations.open", 200), "not a DM");
  }

  @Test
  void whereTheBotIsNotAMemberTheSharerIsToldInOneLine() throws Exception {
    slack.on("files.completeUploadExternal", c -> Answer.ok("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    String value = ShareValue.encode(new ShareValue(NOW.getEpochSecond(), 5, "yesterday")).orElseThrow();
    press(ShareAction.ACTION_ID, value);
    assertTrue(slack.nextResponse("b1").contains("in_channel"));
    assertTrue(slack.nextResponse("b1").contains("delete_original"));
    String line = slack.nextResponse("b1");
    assertTrue(line.contains("The chart needs the bot in this channel") && line.contains("\"ephemeral\""), line);
  }
}
