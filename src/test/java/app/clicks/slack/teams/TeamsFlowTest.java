package app.clicks.slack.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.ModalPayloads;
import app.clicks.slack.testing.SignedPosts;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.teams.LastPost;
import app.clicks.teams.StoredContexts;
import app.clicks.teams.Teams;
import app.clicks.teams.TeamsPostOutcome;
import app.clicks.teams.TeamsSettings;
import app.clicks.teams.TeamsSettingsStore;
import app.clicks.teams.WorkflowsPoster;
import app.clicks.testing.CapturedLogs;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.TeamsStandIn;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin connects Teams from the App Home: the test card reaches the Teams stand-in and the Home tab says
 * "accepted"; bad input gets field errors; members are refused; secrets reach neither a log nor the Home tab.
 */
class TeamsFlowTest {
  static final String ADMIN = "U0ADMIN";
  static final String MEMBER = "U0MEMBER";
  static final WorkspaceKey WORKSPACE = HomeHarness.WORKSPACE;
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** What an admin pastes: an https Workflows URL with its sig= secret (sent to the local stand-in). */
  static final String WEBHOOK = "https://prod-27.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke"
      + "?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=SECRETsig0123456789xyzQ";
  static final String TOKEN = "c2VjcmV0LW91dGdvaW5nLXdlYmhvb2stdG9rZW4tMzI=";

  SlackStandIn slack;
  TeamsStandIn teamsStandIn;
  HikariDataSource db;
  Teams teams;
  TeamsSettingsStore store;
  final ExecutorService executor = Executors.newFixedThreadPool(2);
  BoltServer server;
  SignedPosts posts;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user(ADMIN, true, "en-US");
    slack.user(MEMBER, false, "es-LA");
    teamsStandIn = new TeamsStandIn();
    db = TestDatabases.h2();
    var cipher = TestKeys.cipher(TestKeys.newKey());
    JdbcSettingsStore settings = new JdbcSettingsStore(db, cipher);
    settings.save(new WorkspaceSettings(WORKSPACE, "0042", "wolkvox-token-123456", WorkspaceSettings.TokenState.OK,
        BOGOTA, Locale.ENGLISH, ADMIN, Instant.parse("2026-11-20T12:00:00Z")));
    Clock clock = Clock.fixed(HomeHarness.NOW, ZoneOffset.UTC);
    store = new TeamsSettingsStore(db, cipher);
    WorkflowsPoster poster = new WorkflowsPoster(HttpClient.newHttpClient(), Duration.ofSeconds(5), d -> { },
        url -> url.startsWith(WEBHOOK.substring(0, 20)) ? teamsStandIn.url() : url);
    teams = new Teams(new Teams.Wiring(store, settings, new FakeClickReader(), StoredContexts.NONE, BOGOTA, poster,
        clock));
    TeamsFeature feature =
        new TeamsFeature(teams, settings, "https://clicks.example.com", false, executor, clock);
    HomeFeature home = new HomeFeature(settings, new SlackUsers(Set.of(), clock), executor, List.of(feature.section()));
    App app = BoltApps.newApp(HomeHarness.BOT_TOKEN, HomeHarness.SECRET, slack.apiUrl());
    home.register(app);
    feature.register(app, home);
    server = BoltServer.start(app);
    posts = new SignedPosts(new SignedRequests(HomeHarness.SECRET, server.eventsUrl()));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    executor.shutdownNow();
    teams.close();
    teamsStandIn.close();
    slack.close();
    db.close();
  }

  HttpResponse<String> interaction(String payload) throws Exception {
    return posts.interaction(payload);
  }

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r.body().isBlank() ? new JsonObject() : JsonParser.parseString(r.body()).getAsJsonObject();
  }

  /** The Teams modal's view_submission as Slack sends it. */
  static String submission(String user, String webhook, String token, String language) {
    JsonObject values = new JsonObject();
    values.add(TeamsActions.WEBHOOK, ModalPayloads.block(TeamsActions.WEBHOOK, ModalPayloads.textInput(webhook)));
    values.add(TeamsActions.TOKEN, ModalPayloads.block(TeamsActions.TOKEN, ModalPayloads.textInput(token)));
    values.add(TeamsActions.LANGUAGE,
        ModalPayloads.block(TeamsActions.LANGUAGE, ModalPayloads.chosen("static_select", language)));
    return ModalPayloads.submission(user, TeamsActions.MODAL, null, values);
  }

  @Test
  void anAdminConnectsTeamsTheTestCardIsAcceptedAndNoSecretIsShownOrLogged() throws Exception {
    String published;
    try (CapturedLogs logs = CapturedLogs.root(Level.DEBUG)) {
      JsonObject ack = json(interaction(submission(ADMIN, WEBHOOK, TOKEN, "es")));
      assertFalse(ack.has("errors"), ack.toString());
      published = slack.next("views.publish").params().get("view");
      for (ILoggingEvent e : logs.events()) {
        String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
        assertFalse(line.contains("sig=") || line.contains("SECRETsig") || line.contains(TOKEN), line);
      }
    }
    assertEquals(1, teamsStandIn.accepted.size(), "one test card");
    assertTrue(teamsStandIn.accepted.get(0).toString().contains("wolkvox clicks está conectado"),
        "in the cards' language");
    String home = ViewTexts.of(published);
    assertTrue(home.contains("Microsoft Teams"), home);
    assertTrue(home.contains("Last card (test)"), home);
    assertTrue(home.contains("*accepted* (202)"), home);
    assertTrue(home.contains("Workflows webhook: `prod-27.westus.logic.azure.com …xyzQ`"), home);
    assertTrue(home.contains("Cards in Spanish"), home);
    assertTrue(home.contains("choose Teams as a destination in a digest subscription or in the alerts"), home);
    assertTrue(home.contains("`https://clicks.example.com/teams/messages`"), home);
    assertFalse(published.contains("sig=") || published.contains("SECRETsig") || published.contains(TOKEN),
        published);

    TeamsSettings saved = store.find(WORKSPACE).orElseThrow();
    assertEquals(WEBHOOK, saved.webhookUrl());
    assertEquals(TOKEN, saved.outgoingToken());
    try (Connection c = db.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT webhook_enc, outgoing_token_enc FROM teams_settings")) {
      assertTrue(rs.next());
      assertFalse(rs.getString(1).contains("sig=") || rs.getString(1).contains("logic.azure"), "sealed");
      assertFalse(rs.getString(2).contains(TOKEN), "sealed");
    }
  }

  @Test
  void aRefusedTestCardShowsItsStatus() throws Exception {
    teamsStandIn.answer(404);
    json(interaction(submission(ADMIN, WEBHOOK, null, "en")));
    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("*refused* (HTTP 404)"), home);
  }

  @Test
  void anHttpUrlAndABadTokenAreFieldErrorsAndNothingIsSaved() throws Exception {
    JsonObject ack = json(interaction(submission(ADMIN, "http://prod-27.westus.logic.azure.com/x?sig=abc",
        "not base64 at all!", "en")));
    assertEquals("errors", ack.get("response_action").getAsString());
    JsonObject errors = ack.getAsJsonObject("errors");
    assertEquals("The webhook URL must start with https:// and have a host.",
        errors.get(TeamsActions.WEBHOOK).getAsString());
    assertEquals("Paste the security token exactly as Teams shows it (base64).",
        errors.get(TeamsActions.TOKEN).getAsString());
    assertEquals(Optional.empty(), store.find(WORKSPACE));
    assertEquals(0, teamsStandIn.bodies.size());

    JsonObject empty = json(interaction(submission(ADMIN, null, null, "en")));
    assertEquals("Paste a Workflows webhook URL, a security token, or both.",
        empty.getAsJsonObject("errors").get(TeamsActions.WEBHOOK).getAsString());
  }

  @Test
  void aMemberIsRefusedTheModalAndTheirSubmissionChangesNothing() throws Exception {
    interaction(HomePayloads.button(MEMBER, TeamsActions.EDIT));
    String view = slack.next("views.open").params().get("view");
    assertTrue(view.contains(TeamsActions.REFUSED_MODAL), view);

    JsonObject ack = json(interaction(submission(MEMBER, WEBHOOK, TOKEN, "en")));
    assertEquals("errors", ack.get("response_action").getAsString());
    assertTrue(ack.getAsJsonObject("errors").get(TeamsActions.WEBHOOK).getAsString()
        .contains("Solo los administradores"));
    assertEquals(Optional.empty(), store.find(WORKSPACE));
    assertEquals(0, teamsStandIn.bodies.size());
  }

  @Test
  void theAdminModalNeverShowsTheStoredSecretsAndEmptyFieldsKeepThem() throws Exception {
    json(interaction(submission(ADMIN, WEBHOOK, TOKEN, "en")));
    slack.next("views.publish");
    interaction(HomePayloads.button(ADMIN, TeamsActions.EDIT));
    String modal = slack.next("views.open").params().get("view");
    assertTrue(modal.contains(TeamsActions.MODAL), modal);
    assertFalse(modal.contains("sig=") || modal.contains(TOKEN), modal);
    assertTrue(ViewTexts.of(modal).contains("prod-27.westus.logic.azure.com …xyzQ"), modal);
    assertFalse(modal.contains("checkboxes"), "no digest or alerts switch here: " + modal);
    assertTrue(ViewTexts.of(modal).contains("Whether the digest and the alerts go to Teams is chosen in their own"),
        modal);

    json(interaction(submission(ADMIN, null, null, "pt")));
    slack.next("views.publish");
    TeamsSettings kept = store.find(WORKSPACE).orElseThrow();
    assertEquals(WEBHOOK, kept.webhookUrl());
    assertEquals(TOKEN, kept.outgoingToken());
    assertEquals("pt", kept.language().getLanguage());
  }

  @Test
  void disconnectDeletesBothSecretsForAdminsOnly() throws Exception {
    store.save(new TeamsSettings(WORKSPACE, WEBHOOK, TOKEN, Locale.ENGLISH, ADMIN, HomeHarness.NOW));
    interaction(HomePayloads.button(MEMBER, TeamsActions.DISCONNECT));
    slack.next("views.publish");
    assertTrue(store.find(WORKSPACE).isPresent(), "a member changes nothing");

    interaction(HomePayloads.button(ADMIN, TeamsActions.DISCONNECT));
    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertEquals(Optional.empty(), store.find(WORKSPACE));
    assertTrue(home.contains("Not connected."), home);
    try (Connection c = db.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM teams_settings")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }

  @Test
  void inSocketModeTheSectionSaysCommandsNeedHttpMode() {
    var ctx = new app.clicks.slack.common.HomeContext(WORKSPACE, Optional.empty(), ADMIN, true, Locale.ENGLISH);
    String blocks = app.clicks.slack.testing.Golden.json(
        TeamsBlocks.render(ctx, Optional.empty(), Optional.empty(), new TeamsBlocks.Reach(null, true)));
    assertTrue(blocks.contains("Teams commands need HTTP mode"), blocks);
    assertTrue(blocks.contains("set `PUBLIC_URL`"), blocks);
    assertTrue(blocks.contains("only in standard channels"), blocks);
  }

  @Test
  void theSectionShowsTheLastAlertCardsResult() {
    var ctx = new app.clicks.slack.common.HomeContext(WORKSPACE, Optional.empty(), ADMIN, true, Locale.ENGLISH);
    TeamsSettings s = new TeamsSettings(WORKSPACE, WEBHOOK, null, Locale.ENGLISH, ADMIN, HomeHarness.NOW);
    LastPost alert = new LastPost(HomeHarness.NOW, LastPost.Kind.ALERT, TeamsPostOutcome.Result.RETRY_LATER, 429);
    String blocks = ViewTexts.of(app.clicks.slack.testing.Golden.json(TeamsBlocks.render(ctx, Optional.of(s),
        Optional.of(alert), new TeamsBlocks.Reach("https://clicks.example.com", false))));
    assertTrue(blocks.contains("Last card (alert)"), blocks);
    assertTrue(blocks.contains("*not taken now* (HTTP 429): tried again later"), blocks);
    assertTrue(blocks.contains("choose Teams as a destination in a digest subscription or in the alerts"), blocks);
  }
}
