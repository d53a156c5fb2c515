package app.clicks.slack.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.AlertModule;
import app.clicks.alerts.AlertPostOutcome;
import app.clicks.alerts.AlertPoster;
import app.clicks.alerts.AlertScheduler;
import app.clicks.alerts.AlertSettings;
import app.clicks.alerts.AlertSettingsStore;
import app.clicks.alerts.AlertStates;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.testing.BoltServer;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import app.clicks.digest.Destinations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin sets the alerts from the App Home; bad input gets field errors; anyone else is refused. */
class AlertsFlowTest {
  static final String ADMIN = "U0ADMIN";
  static final String MEMBER = "U0MEMBER";
  static final WorkspaceKey WORKSPACE = HomeHarness.WORKSPACE;
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  SlackStandIn slack;
  HikariDataSource db;
  AlertModule alerts;
  final List<AlertSettings> scheduled = new CopyOnWriteArrayList<>();
  /** Whether the workspace connected Teams with a webhook (the Teams poster's answer). */
  final AtomicBoolean teamsConnected = new AtomicBoolean();
  final ExecutorService executor = Executors.newFixedThreadPool(2);
  BoltServer server;
  SignedRequests signed;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user(ADMIN, true, "en-US");
    slack.user(MEMBER, false, "es-LA");
    db = TestDatabases.h2();
    JdbcSettingsStore settings = new JdbcSettingsStore(db, TestKeys.cipher(TestKeys.newKey()));
    settings.save(new WorkspaceSettings(WORKSPACE, "0042", "wolkvox-token-123456", WorkspaceSettings.TokenState.OK,
        BOGOTA, Locale.ENGLISH, ADMIN, Instant.parse("2026-11-20T12:00:00Z")));
    AlertScheduler recording = new AlertScheduler() {
      @Override
      public void start() {}

      @Override
      public void schedule(AlertSettings rules) {
        scheduled.add(rules);
      }

      @Override
      public void unschedule(WorkspaceKey key) {}

      @Override
      public boolean isHealthy() {
        return true;
      }

      @Override
      public void shutdown(boolean waitForJobs) {}
    };
    AlertPoster teams = new AlertPoster() {
      @Override
      public AlertPostOutcome post(AlertMessage message) {
        return new AlertPostOutcome.Posted(null);
      }

      @Override
      public boolean reaches(WorkspaceKey workspace) {
        return teamsConnected.get();
      }
    };
    alerts = new AlertModule(new AlertSettingsStore(db), new AlertStates(db), new AlertDeliveryLog(db), recording,
        teams);
    Clock clock = Clock.fixed(HomeHarness.NOW, ZoneOffset.UTC);
    AlertsFeature feature = new AlertsFeature(alerts, settings, BOGOTA, executor, clock);
    HomeFeature home = new HomeFeature(settings, new SlackUsers(Set.of(), clock), executor, List.of(feature.section()));
    App app = BoltApps.newApp(HomeHarness.BOT_TOKEN, HomeHarness.SECRET, slack.apiUrl());
    home.register(app);
    feature.register(app, home);
    server = BoltServer.start(app);
    signed = new SignedRequests(HomeHarness.SECRET, server.eventsUrl());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    executor.shutdownNow();
    slack.close();
    db.close();
  }

  HttpResponse<String> interaction(String payload) throws Exception {
    return http.send(signed.interaction(payload), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r.body().isBlank() ? new JsonObject() : JsonParser.parseString(r.body()).getAsJsonObject();
  }

  @Test
  void theButtonOpensTheModalWithTheDefaultsInTheReportTimezone() throws Exception {
    interaction(HomePayloads.button(ADMIN, AlertsActions.EDIT));
    String raw = slack.next("views.open").params().get("view");
    JsonObject view = JsonParser.parseString(raw).getAsJsonObject();
    assertEquals(AlertsActions.MODAL, view.get("callback_id").getAsString());
    String text = ViewTexts.of(raw);
    assertTrue(text.contains("Business hours from (America/Bogota)"), text);
    assertTrue(raw.contains("\"type\":\"conversations_select\""), raw);
    assertFalse(raw.contains(AlertsActions.DESTINATIONS), "Teams is not connected: no destinations to choose");
    assertTrue(text.contains("To post alerts in Microsoft Teams too, connect Teams"), text);
    for (String v : List.of("\"initial_value\":\"2\"", "\"initial_value\":\"50\"", "\"initial_value\":\"20\"",
        "\"initial_value\":\"10\"", "\"initial_value\":\"3\"", "\"initial_time\":\"08:00\"",
        "\"initial_time\":\"20:00\"")) {
      assertTrue(raw.contains(v), v + " in " + raw);
    }
  }

  @Test
  void badInputComesBackAsFieldErrorsAndNothingIsSaved() throws Exception {
    JsonObject ack = json(interaction(AlertsPayloads.submission(ADMIN, null, null, "20:00", List.of(),
        List.of("SILENCE"), Map.of(AlertsActions.SILENCE_HOURS, "25", AlertsActions.DROP_PERCENT, "half",
            AlertsActions.DROP_MIN, "", AlertsActions.AD_DAILY, "10", AlertsActions.AD_HOURS, "0"))));
    assertEquals("errors", ack.get("response_action").getAsString());
    JsonObject errors = ack.getAsJsonObject("errors");
    assertEquals("Choose a channel.", errors.get(AlertsActions.CHANNEL).getAsString());
    assertEquals("Choose a time.", errors.get(AlertsActions.FROM).getAsString());
    assertEquals("Choose at least one day.", errors.get(AlertsActions.DAYS).getAsString());
    assertEquals("Write a whole number of hours from 1 to 24.",
        errors.get(AlertsActions.SILENCE_HOURS).getAsString());
    assertEquals("Write a whole percentage from 1 to 99.", errors.get(AlertsActions.DROP_PERCENT).getAsString());
    assertEquals("Write a whole number from 1 to 100,000.", errors.get(AlertsActions.DROP_MIN).getAsString());
    assertEquals("Write a whole number of hours from 1 to 24.", errors.get(AlertsActions.AD_HOURS).getAsString());
    assertEquals(7, errors.size(), errors.toString());
    assertEquals(Optional.empty(), alerts.rules().find(WORKSPACE));
    assertTrue(scheduled.isEmpty());
  }

  @Test
  void anAdminSavesHoursThroughMidnightAndTheChecksStartAtOnce() throws Exception {
    JsonObject ack = json(interaction(AlertsPayloads.submission(ADMIN, "C0ALERTS", "22:00", "06:00",
        List.of("MONDAY", "FRIDAY"), List.of("SILENCE", "AD_STOPPED"), AlertsPayloads.DEFAULTS)));
    assertFalse(ack.has("errors"), ack.toString());
    AlertSettings saved = alerts.rules().find(WORKSPACE).orElseThrow();
    assertEquals(new AlertSettings(WORKSPACE, "C0ALERTS", LocalTime.of(22, 0), LocalTime.of(6, 0),
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new AlertSettings.Silence(true, 2),
        new AlertSettings.Drop(false, 50, 20), new AlertSettings.AdStopped(true, 10, 3)), saved);
    assertEquals(List.of(saved), scheduled);
    assertTrue(saved.hours(BOGOTA).throughMidnight());

    String published = slack.next("views.publish").params().get("view");
    String home = ViewTexts.of(published);
    assertTrue(home.contains("Silence (no click for 2 business hours): quiet"), home);
    assertTrue(home.contains("Drop (below 50% of a week earlier, from 20 clicks): off"), home);
    assertTrue(home.contains("22:00–06:00 (America/Bogota), Monday, Friday"), home);
    assertTrue(published.contains(AlertsActions.EDIT), "admins get the button");
  }

  @Test
  void aMemberIsRefusedTheModalAndTheirSubmissionChangesNothing() throws Exception {
    interaction(HomePayloads.button(MEMBER, AlertsActions.EDIT));
    String view = slack.next("views.open").params().get("view");
    assertTrue(view.contains(AlertsActions.REFUSED_MODAL), view);
    assertTrue(ViewTexts.of(view).contains("Solo los administradores"), view);

    JsonObject ack = json(interaction(AlertsPayloads.submission(MEMBER, "C0ALERTS", "08:00", "20:00",
        List.of("MONDAY"), List.of("SILENCE"), AlertsPayloads.DEFAULTS)));
    assertEquals("errors", ack.get("response_action").getAsString());
    assertTrue(ack.getAsJsonObject("errors").get(AlertsActions.CHANNEL).getAsString()
        .contains("Solo los administradores"));
    assertEquals(Optional.empty(), alerts.rules().find(WORKSPACE));
    assertTrue(scheduled.isEmpty());
  }

  @Test
  void withTeamsConnectedTheModalOffersItAndAnAdminSendsAlertsToBoth() throws Exception {
    teamsConnected.set(true);
    interaction(HomePayloads.button(ADMIN, AlertsActions.EDIT));
    String raw = slack.next("views.open").params().get("view");
    assertTrue(raw.contains("\"type\":\"radio_buttons\""), raw);
    String text = ViewTexts.of(raw);
    assertTrue(text.contains("Post alerts to") && text.contains("The Slack channel and Teams"), text);
    assertTrue(raw.contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"The Slack channel\""),
        "the Slack channel until chosen otherwise: " + raw);

    JsonObject ack = json(interaction(AlertsPayloads.submission(ADMIN, "C0ALERTS", "BOTH", "08:00", "20:00",
        List.of("MONDAY"), List.of("SILENCE"), AlertsPayloads.DEFAULTS)));
    assertFalse(ack.has("errors"), ack.toString());
    AlertSettings saved = alerts.rules().find(WORKSPACE).orElseThrow();
    assertEquals(Destinations.BOTH, saved.destinations());
    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("To* the Slack channel and Teams"), home);

    interaction(HomePayloads.button(ADMIN, AlertsActions.EDIT));
    String again = slack.next("views.open").params().get("view");
    assertTrue(again.contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\","
        + "\"text\":\"The Slack channel and Teams\""), again);
  }

  @Test
  void teamsChosenButNoLongerConnectedIsAFieldErrorAndNothingIsSaved() throws Exception {
    teamsConnected.set(false);
    JsonObject ack = json(interaction(AlertsPayloads.submission(ADMIN, "C0ALERTS", "TEAMS", "08:00", "20:00",
        List.of("MONDAY"), List.of("SILENCE"), AlertsPayloads.DEFAULTS)));
    assertEquals("errors", ack.get("response_action").getAsString());
    JsonObject errors = ack.getAsJsonObject("errors");
    assertEquals("Teams is not connected (no Workflows webhook): connect it in the Home tab (section Microsoft Teams),"
        + " or choose the Slack channel.", errors.get(AlertsActions.DESTINATIONS).getAsString());
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(Optional.empty(), alerts.rules().find(WORKSPACE));
    assertTrue(scheduled.isEmpty());

    JsonObject odd = json(interaction(AlertsPayloads.submission(ADMIN, "C0ALERTS", "EVERYWHERE", "08:00", "20:00",
        List.of("MONDAY"), List.of("SILENCE"), AlertsPayloads.DEFAULTS)));
    assertEquals("Choose where alerts go.",
        odd.getAsJsonObject("errors").get(AlertsActions.DESTINATIONS).getAsString());
  }

  @Test
  void rulesSetForTeamsWhileTeamsIsDisconnectedSayWhereAlertsGo() throws Exception {
    alerts.rules().save(new AlertSettings(WORKSPACE, "C0ALERTS", LocalTime.of(8, 0), LocalTime.of(20, 0),
        EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 2), AlertSettings.Drop.DEFAULT,
        AlertSettings.AdStopped.DEFAULT, Destinations.TEAMS), BOGOTA, ADMIN, HomeHarness.NOW);
    interaction(HomePayloads.button(ADMIN, AlertsActions.EDIT));
    String modal = ViewTexts.of(slack.next("views.open").params().get("view"));
    assertTrue(modal.contains("which is no longer connected: saving sends them to the Slack channel"), modal);

    JsonObject ack = json(interaction(AlertsPayloads.submission(ADMIN, "C0ALERTS", "08:00", "20:00",
        List.of("MONDAY"), List.of("SILENCE"), AlertsPayloads.DEFAULTS)));
    assertFalse(ack.has("errors"), ack.toString());
    assertEquals(Destinations.SLACK, alerts.rules().find(WORKSPACE).orElseThrow().destinations());
    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("Channel* <#C0ALERTS>"), home);
  }
}
