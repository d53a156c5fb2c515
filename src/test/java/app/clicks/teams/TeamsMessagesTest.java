package app.clicks.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.Periods;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import app.clicks.testing.TestTotals;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /teams/messages as Teams sends it: signed with the Outgoing Webhook's token (HMAC-SHA256 of the raw body),
 * answered in the response within 5 s; anything unverified, oversize or not an activity gets 401 and no work.
 */
class TeamsMessagesTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final WorkspaceKey ACME = new WorkspaceKey("", "T0ACME");
  static final WorkspaceKey GLOBEX = new WorkspaceKey("", "T0GLOBEX");
  static final String ACME_TOKEN = Base64.getEncoder().encodeToString("acme-outgoing-webhook-key-32byte".getBytes(
      StandardCharsets.UTF_8));
  static final String GLOBEX_TOKEN = Base64.getEncoder().encodeToString("globex-outgoing-webhook-key-32by"
      .getBytes(StandardCharsets.UTF_8));
  static final Duration TEAMS_LIMIT = Duration.ofSeconds(5);

  HikariDataSource db;
  FakeClickReader reader;
  Teams teams;
  Server jetty;
  URI endpoint;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    db = TestDatabases.h2();
    var cipher = TestKeys.cipher(TestKeys.newKey());
    JdbcSettingsStore settings = new JdbcSettingsStore(db, cipher);
    settings.save(new WorkspaceSettings(ACME, "0042", "wolkvox-token-acme", WorkspaceSettings.TokenState.OK, BOGOTA,
        Locale.ENGLISH, "U0ADMIN", NOW));
    settings.save(new WorkspaceSettings(GLOBEX, "0077", "wolkvox-token-globex", WorkspaceSettings.TokenState.OK,
        BOGOTA, Locale.ENGLISH, "U0ADMIN", NOW));
    reader = new FakeClickReader();
    reader.totals = TestTotals.stored(120, 100);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TeamsSettingsStore store = new TeamsSettingsStore(db, cipher);
    store.save(new TeamsSettings(ACME, null, ACME_TOKEN, Locale.ENGLISH, "U0ADMIN", NOW));
    store.save(new TeamsSettings(GLOBEX, null, GLOBEX_TOKEN, Locale.forLanguageTag("es"), "U0ADMIN", NOW));
    teams = new Teams(new Teams.Wiring(store, settings, reader, StoredContexts.NONE, BOGOTA,
        WorkflowsPoster.create(), clock));
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(teams.servlet()), TeamsCommands.PATH);
    jetty.setHandler(context);
    jetty.start();
    endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort() + TeamsCommands.PATH);
  }

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
    teams.close();
    db.close();
  }

  static String activity(String text) {
    return jakarta.json.Json.createObjectBuilder().add("type", "message").add("id", "1700000000000")
        .add("text", text).add("textFormat", "plain")
        .add("from", jakarta.json.Json.createObjectBuilder().add("id", "29:1abc").add("name", "Ana Gómez"))
        .add("channelData", jakarta.json.Json.createObjectBuilder().add("teamsTeamId", "19:abc@thread.skype"))
        .build().toString();
  }

  HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(TEAMS_LIMIT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    long started = System.nanoTime();
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(took.compareTo(TEAMS_LIMIT) < 0, "answered in " + took.toMillis() + " ms");
    return r;
  }

  static String signed(String token, String body) {
    return HmacCheck.header(token, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSignedMentionOfYesterdayGetsTheCardWithTheTotalsTopAdAndAgent() throws Exception {
    String body = activity("<at>clicks</at>&nbsp;yesterday");
    HttpResponse<String> r = post(body, signed(ACME_TOKEN, body));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    String card = r.body();
    assertTrue(card.startsWith("{\"type\":\"message\",\"attachments\":[{\"contentType\":"
        + "\"application/vnd.microsoft.card.adaptive\""), card);
    assertTrue(card.contains("\"text\":\"Clicks · yesterday\""), card);
    assertTrue(card.contains("\"text\":\"2026-11-22 · America/Bogota\""), card);
    assertTrue(card.contains("{\"title\":\"Clicks\",\"value\":\"120 (+20, +20.0% vs 100)\"}"), card);
    assertTrue(card.contains("120210000000001"), "top ad: " + card);
    assertTrue(card.contains("ana.gomez"), "top agent: " + card);
    assertEquals(List.of(Periods.yesterday(LocalDate.of(2026, 11, 23), BOGOTA)), reader.asked);
    assertEquals("0042", reader.connections.get(0).serverId(), "ACME's token verified: ACME's wolkvox server");
  }

  @Test
  void theWorkspaceWhoseTokenVerifiesIsTheOneAskedInItsLanguage() throws Exception {
    String body = activity("<at>clicks</at> ayer top 3");
    HttpResponse<String> r = post(body, signed(GLOBEX_TOKEN, body));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"text\":\"Clics · ayer\""), r.body());
    assertEquals("0077", reader.connections.get(0).serverId());
  }

  @Test
  void unsignedBadlySignedOrTamperedRequestsGet401AndNoWork() throws Exception {
    String body = activity("<at>clicks</at> yesterday");
    String otherToken = Base64.getEncoder().encodeToString("someone-elses-webhook-token-1234".getBytes(
        StandardCharsets.UTF_8));
    List<String> badHeaders = new java.util.ArrayList<>(List.of(
        signed(otherToken, body),                                   // a workspace we do not know
        "HMAC " + Base64.getEncoder().encodeToString(new byte[32]),  // a wrong signature
        "HMAC not-base64!",                                         // not a signature
        "Bearer " + signed(ACME_TOKEN, body).substring(5)));        // another scheme
    for (String header : badHeaders) {
      HttpResponse<String> r = post(body, header);
      assertEquals(401, r.statusCode(), header);
      assertFalse(r.body().contains("Exception"), r.body());
    }
    HttpResponse<String> missing = post(body, null);
    assertEquals(401, missing.statusCode());
    assertEquals("Missing or malformed Authorization: HMAC header.\n", missing.body());

    String tampered = body.replace("yesterday", "last 30 days");
    HttpResponse<String> r = post(tampered, signed(ACME_TOKEN, body));
    assertEquals(401, r.statusCode());
    assertEquals("The HMAC signature does not verify.\n", r.body());
    assertTrue(reader.asked.isEmpty(), "no work for an unverified request");
  }

  @Test
  void anOversizeBodyAndJsonThatIsNotAMessageGet401() throws Exception {
    String big = activity("<at>clicks</at> yesterday " + "x".repeat(TeamsCommands.MAX_BODY));
    HttpResponse<String> r = post(big, signed(ACME_TOKEN, big));
    assertEquals(401, r.statusCode());
    assertEquals("Request body too large.\n", r.body());

    for (String notActivity : List.of("[1,2]", "{\"type\":\"conversationUpdate\"}", "{\"type\":\"message\"}",
        "not json at all")) {
      HttpResponse<String> n = post(notActivity, signed(ACME_TOKEN, notActivity));
      assertEquals(401, n.statusCode(), notActivity);
      assertEquals("Not a message activity.\n", n.body());
    }
    assertTrue(reader.asked.isEmpty());
  }

  @Test
  void aPeriodNotStoredYetIsFetchedInTheBackgroundWhileTheAnswerSaysSo() throws Exception {
    reader.daysToFetch = 14;
    String body = activity("<at>clicks</at> last 7 days");
    HttpResponse<String> r = post(body, signed(ACME_TOKEN, body));
    assertEquals(200, r.statusCode());
    assertEquals("{\"type\":\"message\",\"text\":\"Fetching 14 days from wolkvox — mention me again in a minute.\"}",
        r.body());
    assertTrue(reader.entered.await(5, TimeUnit.SECONDS), "the fetch runs in the background");
    assertEquals(app.clicks.store.Purpose.INTERACTIVE, reader.purposes.get(0));
  }

  @Test
  void aBadPeriodGetsItsPlainMessageWithExamples() throws Exception {
    String body = activity("<at>clicks</at> next fortnight please");
    HttpResponse<String> r = post(body, signed(ACME_TOKEN, body));
    assertEquals(200, r.statusCode());
    String text = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject().getString("text");
    assertTrue(text.startsWith("I could not read \"next fortnight please\" as a period."), text);
    assertTrue(text.contains("**last 7 days**"), text);
    assertTrue(reader.asked.isEmpty());
  }

  @Test
  void helpIsAnsweredWithoutReadingClicks() throws Exception {
    String body = activity("<at>clicks</at> ayuda");
    HttpResponse<String> r = post(body, signed(ACME_TOKEN, body));
    assertTrue(r.body().contains("Mention me with a period"), r.body());
    assertTrue(reader.asked.isEmpty());
  }

  @Test
  void theMentionAndTagsAreTakenOut() {
    assertEquals("yesterday", MentionText.strip("<at>clicks</at>&nbsp;yesterday"));
    assertEquals("last 7 days", MentionText.strip("<div><at>Clicks Bot</at> last&nbsp;7 days</div>\n"));
    assertEquals(new MentionText("last 7 days", 3, false), MentionText.parse("<at>clicks</at> last 7 days top 3"));
    assertEquals(new MentionText("", 5, false), MentionText.parse("<at>clicks</at>"));
  }
}
