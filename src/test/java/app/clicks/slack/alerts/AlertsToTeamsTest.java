package app.clicks.slack.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertChecker;
import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertDeliveryLog.Destination;
import app.clicks.alerts.AlertDeliveryLog.Kind;
import app.clicks.alerts.AlertRule;
import app.clicks.alerts.AlertSettings;
import app.clicks.alerts.AlertSettingsStore;
import app.clicks.alerts.AlertStates;
import app.clicks.alerts.CheckResult;
import app.clicks.digest.Destinations;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.store.ClickStore;
import app.clicks.store.RecentClicks;
import app.clicks.store.StoreSettings;
import app.clicks.teams.LastPost;
import app.clicks.teams.StoredContexts;
import app.clicks.teams.Teams;
import app.clicks.teams.TeamsPostOutcome;
import app.clicks.teams.TeamsSettings;
import app.clicks.teams.TeamsSettingsStore;
import app.clicks.teams.WorkflowsPoster;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TeamsStandIn;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alerts to the Slack channel and to Teams, for real: the alert check on H2 with the click store syncing from a wolkvox
 * stand-in (clicks yesterday evening, none today: silence), Slack's Web API stand-in behind the Slack poster and the
 * Teams Workflows stand-in behind the Teams poster. Each destination gets each alert and each "back to normal" once,
 * on its own: one failing never blocks the other; Teams not taking a card now (429, 500) gets it at a later check
 * while the rule still fires; a refused card (400) is not posted again.
 */
class AlertsToTeamsTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** Monday 2026-11-23 10:00 in Bogota. */
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final String WEBHOOK = "https://prod-27.westus.logic.azure.com/workflows/abc/triggers/manual/paths/invoke"
      + "?api-version=1&sig=SECRETsig0123456789xyzQ";

  HikariDataSource db;
  SlackStandIn slack;
  TeamsStandIn teamsStandIn;
  Teams teams;
  TeamsSettingsStore teamsStore;
  AlertSettingsStore rules;
  AlertDeliveryLog log;
  AlertChecker checker;
  final MutableClock clock = new MutableClock(NOW);
  final FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
  final FakeClickSource wolkvox = new FakeClickSource().add(FakeClickSource.chats(5, NOW.minus(Duration.ofHours(19))));
  /** Slack's answers to chat.postMessage, in order; then ok with a new ts. */
  final ConcurrentLinkedQueue<SlackStandIn.Answer> slackAnswers = new ConcurrentLinkedQueue<>();
  final AtomicInteger slackTs = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    db = TestDatabases.h2();
    slack = new SlackStandIn();
    slack.on("chat.postMessage", c -> {
      SlackStandIn.Answer a = slackAnswers.poll();
      return a != null ? a
          : SlackStandIn.Answer.ok("{\"ok\":true,\"ts\":\"1700000000.00010" + slackTs.incrementAndGet() + "\"}");
    });
    teamsStandIn = new TeamsStandIn();
    teamsStore = new TeamsSettingsStore(db, TestKeys.cipher(TestKeys.newKey()));
    teamsStore.save(new TeamsSettings(TEAM, WEBHOOK, null, Locale.ENGLISH, "U0ADMIN", NOW));
    WorkflowsPoster poster = new WorkflowsPoster(HttpClient.newHttpClient(), Duration.ofSeconds(5), d -> { },
        url -> url.equals(WEBHOOK) ? teamsStandIn.url() : url);
    teams = new Teams(new Teams.Wiring(teamsStore, settings, new FakeClickReader(), StoredContexts.NONE, BOGOTA,
        poster, clock));
    rules = new AlertSettingsStore(db);
    log = new AlertDeliveryLog(db);
    ClickStore clicks = new ClickStore(db, wolkvox, StoreSettings.DEFAULTS, clock);
    checker = new AlertChecker(
        new AlertChecker.Stores(rules, new AlertStates(db), log, settings, new JdbcWorkspaceChoices(db)),
        new AlertChecker.Reading(clicks, new RecentClicks(db), c -> false),
        new AlertChecker.Posting(AlertsFeature.poster(HomeHarness.BOT_TOKEN, slack.apiUrl(), settings),
            teams.alertPoster(), d -> { }, 3, Duration.ofSeconds(60)), clock);
  }

  @AfterEach
  void stop() {
    teams.close();
    teamsStandIn.close();
    slack.close();
    db.close();
  }

  void silenceTo(Destinations destinations) {
    rules.save(new AlertSettings(TEAM, "C0ALERTS", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
        EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 1), AlertSettings.Drop.DEFAULT,
        AlertSettings.AdStopped.DEFAULT, destinations), BOGOTA, "U0ADMIN", NOW);
  }

  CheckResult checkAfter(Duration wait) {
    clock.advance(wait);
    return checker.check(TEAM, "i1");
  }

  /** Two checks that see the silence: the second raises it. */
  CheckResult raise() {
    checker.check(TEAM, "i1");
    return checkAfter(Duration.ofMinutes(1));
  }

  /** Clicks arrive; the next check (past the open day's refresh) sees them. */
  CheckResult backToNormal() {
    wolkvox.add(FakeClickSource.chats(2, clock.instant().plusSeconds(60)));
    return checkAfter(Duration.ofMinutes(6));
  }

  List<SlackStandIn.Call> slackPosts() {
    return slack.calls().stream().filter(c -> c.method().equals("chat.postMessage")).toList();
  }

  AlertDeliveryLog.Delivery row(Kind kind, Destination to) {
    return log.find(new AlertDeliveryLog.Key(TEAM, AlertRule.SILENCE, "", TODAY, 1, kind, to)).orElseThrow();
  }

  @Test
  void bothDestinationsGetOneAlertAndOneBackToNormalEach() {
    silenceTo(Destinations.BOTH);
    assertEquals(List.of("ALERT SILENCE", "ALERT SILENCE to teams"), raise().posted());
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of(), checkAfter(Duration.ofMinutes(3)).posted(), "no second alert");
    }
    assertEquals(1, slackPosts().size());
    assertEquals(1, teamsStandIn.accepted.size());
    String card = teamsStandIn.accepted.get(0).toString();
    assertTrue(card.contains("Alert · Silence") && card.contains("\"version\":\"1.4\""), card);
    assertEquals("C0ALERTS", slackPosts().get(0).params().get("channel"));

    assertEquals(List.of("RECOVERY SILENCE", "RECOVERY SILENCE to teams"), backToNormal().posted());
    assertEquals(2, slackPosts().size());
    assertEquals("1700000000.000101", slackPosts().get(1).params().get("thread_ts"), "in the alert's thread");
    assertEquals(2, teamsStandIn.accepted.size(), "a new card: a Workflows webhook gives no message id");
    assertTrue(teamsStandIn.accepted.get(1).toString().contains("Back to normal · Silence"));
    LastPost last = teamsStore.lastPost(TEAM).orElseThrow();
    assertEquals(LastPost.Kind.ALERT, last.kind(), "the Home tab's Teams section shows it");
    assertEquals(TeamsPostOutcome.Result.ACCEPTED, last.result());
    assertEquals(List.of(), checkAfter(Duration.ofMinutes(6)).posted());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500})
  void teamsNotTakingTheAlertNowGetsItOnceAtALaterCheckAndSlackIsNotPostedAgain(int status) {
    silenceTo(Destinations.BOTH);
    // The Workflows poster waits out two 429s inline; a third, like a 500, is "retry later".
    for (int i = 0; i < (status == 429 ? 3 : 1); i++) {
      teamsStandIn.answer(status);
    }
    assertEquals(List.of("ALERT SILENCE"), raise().posted());
    assertEquals(0, teamsStandIn.accepted.size());
    assertEquals(AlertDeliveryLog.State.RETRYABLE, row(Kind.ALERT, Destination.TEAMS).state());
    LastPost last = teamsStore.lastPost(TEAM).orElseThrow();
    assertEquals(TeamsPostOutcome.Result.RETRY_LATER, last.result());
    assertEquals(status, last.status());

    assertEquals(List.of("ALERT SILENCE to teams"), checkAfter(Duration.ofMinutes(3)).posted(),
        "the rule still fires: Teams gets it now");
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of(), checkAfter(Duration.ofMinutes(3)).posted());
    }
    assertEquals(1, slackPosts().size(), "one message in the Slack channel");
    assertEquals(1, teamsStandIn.accepted.size(), "one card in Teams");
    assertEquals(AlertDeliveryLog.State.POSTED, row(Kind.ALERT, Destination.TEAMS).state());
    assertEquals(2, row(Kind.ALERT, Destination.TEAMS).attempts());
  }

  @Test
  void teamsRefusingTheCardIsNotRetriedAndSlackGetsItsAlertAndItsReply() {
    silenceTo(Destinations.BOTH);
    teamsStandIn.answer(400);
    assertEquals(List.of("ALERT SILENCE"), raise().posted());
    assertEquals(AlertDeliveryLog.State.FAILED, row(Kind.ALERT, Destination.TEAMS).state());
    assertEquals("HTTP 400", row(Kind.ALERT, Destination.TEAMS).detail());
    for (int i = 0; i < 3; i++) {
      checkAfter(Duration.ofMinutes(3));
    }
    assertEquals(1, teamsStandIn.bodies.size(), "a refused card is not posted again");

    assertEquals(List.of("RECOVERY SILENCE"), backToNormal().posted(), "no back to normal where no alert went");
    assertEquals(2, slackPosts().size());
    assertEquals(1, teamsStandIn.bodies.size());
    assertEquals(TeamsPostOutcome.Result.REFUSED, teamsStore.lastPost(TEAM).orElseThrow().result());
  }

  @Test
  void slackFailingNeverBlocksTeams() {
    silenceTo(Destinations.BOTH);
    slackAnswers.add(SlackStandIn.Answer.ok("{\"ok\":false,\"error\":\"channel_not_found\"}"));
    assertEquals(List.of("ALERT SILENCE to teams"), raise().posted());
    assertEquals(AlertDeliveryLog.State.FAILED, row(Kind.ALERT, Destination.SLACK).state());
    for (int i = 0; i < 3; i++) {
      checkAfter(Duration.ofMinutes(3));
    }
    assertEquals(1, slackPosts().size(), "a refused Slack post is not repeated");
    assertEquals(1, teamsStandIn.accepted.size());

    assertEquals(List.of("RECOVERY SILENCE to teams"), backToNormal().posted());
    assertEquals(1, slackPosts().size());
    assertEquals(2, teamsStandIn.accepted.size());
  }

  @Test
  void slackRateLimitedPastItsWaitsIsPostedAtALaterCheckAndTeamsOnlyOnce() {
    silenceTo(Destinations.BOTH);
    slackAnswers.add(new SlackStandIn.Answer(429, Map.of("Retry-After", "120"), "{\"ok\":false}"));
    assertEquals(List.of("ALERT SILENCE to teams"), raise().posted());
    assertEquals(AlertDeliveryLog.State.RETRYABLE, row(Kind.ALERT, Destination.SLACK).state());
    assertEquals(List.of("ALERT SILENCE"), checkAfter(Duration.ofMinutes(3)).posted());
    checkAfter(Duration.ofMinutes(3));
    assertEquals(2, slackPosts().size(), "the 429, then the alert");
    assertEquals(1, teamsStandIn.accepted.size());
    assertEquals(List.of("RECOVERY SILENCE", "RECOVERY SILENCE to teams"), backToNormal().posted());
  }

  @Test
  void aTeamsRetryIsGivenUpWhenTheRuleClearsFirst() {
    silenceTo(Destinations.BOTH);
    teamsStandIn.answer(500);
    raise();
    assertEquals(List.of("RECOVERY SILENCE"), backToNormal().posted());
    AlertDeliveryLog.Delivery given = row(Kind.ALERT, Destination.TEAMS);
    assertEquals(AlertDeliveryLog.State.FAILED, given.state());
    assertTrue(given.detail().contains("the rule cleared first"), given.detail());
    assertEquals(1, teamsStandIn.bodies.size(), "no late alert, and no back to normal for it");
    assertEquals(List.of(), checkAfter(Duration.ofMinutes(6)).posted());
  }

  @Test
  void teamsAloneGetsTheAlertAndWithTeamsDisconnectedTheSlackChannelDoes() {
    silenceTo(Destinations.TEAMS);
    assertEquals(List.of("ALERT SILENCE to teams"), raise().posted());
    assertEquals(0, slackPosts().size());
    assertNull(row(Kind.ALERT, Destination.TEAMS).channelId());
    backToNormal();
    assertEquals(2, teamsStandIn.accepted.size());

    teams.disconnect(TEAM);
    clock.advance(Duration.ofHours(2));
    checkAfter(Duration.ofMinutes(6));
    CheckResult again = checkAfter(Duration.ofMinutes(1));
    assertEquals(List.of("ALERT SILENCE"), again.posted(), "rather than nowhere");
    assertEquals(2, teamsStandIn.bodies.size());
  }
}
