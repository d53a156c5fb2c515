package app.clicks.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DeliveryLog;
import app.clicks.digest.DigestFiring;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestOutcome;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.DigestSettings;
import app.clicks.digest.DigestPosters;
import app.clicks.digest.Destinations;
import app.clicks.digest.Subscription;
import app.clicks.digest.SubscriptionStore;
import app.clicks.digest.DigestStores;
import app.clicks.digest.DigestTiming;
import app.clicks.digest.DigestTriggers;
import app.clicks.digest.PostOutcome;
import app.clicks.digest.RetryPolicy;
import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TeamsStandIn;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription set to "both": one message in the Slack channel and one card in Teams, each exactly once a period
 * (its own row in the delivery log), also when Teams first answers 429; one destination failing never blocks the
 * other, and a Teams failure after Slack posted is retried later for Teams alone.
 */
class TeamsDigestTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final Instant SCHEDULED = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BOGOTA).toInstant();
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  HikariDataSource db;
  TeamsStandIn standIn;
  TeamsSettingsStore store;
  SubscriptionStore schedules;
  DeliveryLog log;
  Teams teams;
  long sub;
  final SlackFake slack = new SlackFake();
  final FakeClickReader reader = FakeClickReader.answering(42, 40);
  final List<Instant> retries = new CopyOnWriteArrayList<>();

  /** Slack's side: records what it was asked to post and answers as told (Posted by default). */
  static final class SlackFake implements DigestPoster {
    final List<DigestMessage> digests = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedQueue<PostOutcome> answers = new ConcurrentLinkedQueue<>();

    @Override
    public PostOutcome postDigest(DigestMessage digest) {
      digests.add(digest);
      PostOutcome o = answers.poll();
      return o == null ? new PostOutcome.Posted("1700000000.000100") : o;
    }

    @Override
    public PostOutcome postNote(DigestNote note) {
      return new PostOutcome.Posted("1700000000.000200");
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    db = TestDatabases.h2();
    standIn = new TeamsStandIn();
    store = new TeamsSettingsStore(db, TestKeys.cipher(TestKeys.newKey()));
    store.save(new TeamsSettings(TEAM, "https://prod-27.westus.logic.azure.com/workflows/x?sig=S1G", null,
        Locale.ENGLISH, false, false, "U0ADMIN", Instant.EPOCH));
    schedules = new SubscriptionStore(db);
    log = new DeliveryLog(db);
    sub = schedules.insert(Subscription.daily(TEAM, "C0001", LocalTime.of(8, 0), BOGOTA)
        .withDestinations(Destinations.BOTH), Instant.EPOCH, 20).orElseThrow().id();
  }

  @AfterEach
  void tearDown() {
    if (teams != null) {
      teams.close();
    }
    standIn.close();
    db.close();
  }

  DigestRunner runnerAt(Instant now) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    WorkflowsPoster poster = new WorkflowsPoster(HttpClient.newHttpClient(), Duration.ofSeconds(5), d -> { },
        url -> standIn.url());
    FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
    teams = new Teams(new Teams.Wiring(store, settings, reader, StoredContexts.NONE, BOGOTA, poster, clock));
    return new DigestRunner(new DigestStores(schedules, log, settings), reader, app.clicks.context.SummaryContexts.NONE,
        new DigestPosters(slack, teams.digestPoster()),
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, d -> { }, clock));
  }

  DigestTriggers triggers() {
    return new DigestTriggers() {
      @Override
      public void scheduleRetry(long key, Instant digestTime, int retry, Instant at, Instant retryUntil) {
        retries.add(at);
      }

      @Override
      public void unschedule(long key) {}
    };
  }

  @Test
  void bothDestinationsGetTheDayExactlyOnceAlsoWhenTeamsFirstAnswers429() {
    standIn.answer(429);
    Instant now = SCHEDULED.plusSeconds(2);
    var first = runnerAt(now).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-1"), triggers());
    var second = runnerAt(now).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-2"), triggers());

    assertEquals(DigestOutcome.POSTED, first.outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, second.outcome());
    assertEquals(1, slack.digests.size(), "one message in the Slack channel");
    assertEquals(1, standIn.accepted.size(), "one card in Teams");
    assertEquals(2, standIn.bodies.size(), "the 429, then the card");
    String card = standIn.accepted.get(0).toString();
    assertTrue(card.contains("\"text\":\"2026-11-23 · America/Bogota\""), card);
    assertTrue(card.contains("{\"title\":\"Clicks\",\"value\":\"42 (+2, +5.0% vs 40)\"}"), card);
    assertEquals(DeliveryLog.State.POSTED, log.find(TEAM, DeliveryLog.slack(sub), DAY).orElseThrow().state());
    assertEquals(DeliveryLog.State.POSTED, log.find(TEAM, DeliveryLog.teams(sub), DAY).orElseThrow().state());
    assertEquals(TeamsPostOutcome.Result.ACCEPTED, store.lastPost(TEAM).orElseThrow().result());
    assertEquals(LastPost.Kind.DIGEST, store.lastPost(TEAM).orElseThrow().kind());
  }

  @Test
  void slackFailingDoesNotBlockTeamsAndItsRetryDoesNotRepeatTheCard() {
    slack.answers.add(new PostOutcome.OtherFailure("fatal_error"));
    Instant now = SCHEDULED.plusSeconds(2);
    var failed = runnerAt(now).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-1"), triggers());
    assertEquals(DigestOutcome.POST_FAILED, failed.outcome());
    assertEquals(1, standIn.accepted.size(), "Teams got its card though Slack failed");

    // Slack rate-limits past its waits: the day is retried later, and Teams is not posted again.
    log.mark(TEAM, DeliveryLog.slack(sub), DAY, 1, DeliveryLog.State.RETRYABLE, null, "test", now);
    var retried = runnerAt(now.plusSeconds(600)).run(
        new DigestFiring(sub, SCHEDULED, now.plusSeconds(600), 1, now.plusSeconds(3600), "instance-2"), triggers());
    assertEquals(DigestOutcome.POSTED, retried.outcome());
    assertEquals(2, slack.digests.size());
    assertEquals(1, standIn.accepted.size(), "still one card in Teams");
  }

  @Test
  void teamsFailingAfterSlackPostedIsRetriedLaterForTeamsAlone() {
    standIn.answer(500);
    Instant now = SCHEDULED.plusSeconds(2);
    var r = runnerAt(now).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-1"), triggers());
    assertEquals(DigestOutcome.RETRY_SCHEDULED, r.outcome(), "Teams is tried again");
    assertEquals(1, slack.digests.size());
    assertEquals(0, standIn.accepted.size());
    assertEquals(DeliveryLog.State.POSTED, log.find(TEAM, DeliveryLog.slack(sub), DAY).orElseThrow().state());
    assertEquals(DeliveryLog.State.RETRYABLE, log.find(TEAM, DeliveryLog.teams(sub), DAY).orElseThrow().state());
    LastPost last = store.lastPost(TEAM).orElseThrow();
    assertEquals(TeamsPostOutcome.Result.RETRY_LATER, last.result());
    assertEquals(500, last.status());
    assertEquals(1, retries.size(), "one retry trigger");

    Instant at = retries.get(0);
    var retried = runnerAt(at).run(new DigestFiring(sub, SCHEDULED, at, 1, now.plusSeconds(3600), "instance-2"),
        triggers());

    assertEquals(DigestOutcome.POSTED, retried.outcome());
    assertEquals(1, slack.digests.size(), "the retry posts only Teams");
    assertEquals(1, standIn.accepted.size(), "the card, once");
    assertEquals(DeliveryLog.State.POSTED, log.find(TEAM, DeliveryLog.teams(sub), DAY).orElseThrow().state());
    var again = runnerAt(at.plusSeconds(5)).run(
        new DigestFiring(sub, SCHEDULED, at.plusSeconds(5), 2, now.plusSeconds(3600), "instance-3"), triggers());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, again.outcome());
    assertEquals(1, standIn.accepted.size());
  }

  @Test
  void aRefusedCardIsNotRetried() {
    standIn.answer(400);
    var r = runnerAt(SCHEDULED.plusSeconds(2)).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-1"), triggers());
    assertEquals(DigestOutcome.POST_FAILED, r.outcome());
    assertEquals(DeliveryLog.State.FAILED, log.find(TEAM, DeliveryLog.teams(sub), DAY).orElseThrow().state());
    assertTrue(retries.isEmpty(), "a refusal is not retried");
  }

  @Test
  void aSlackOnlySubscriptionPostsNoCardWhateverTheTeamsSettingsSay() {
    store.save(new TeamsSettings(TEAM, "https://prod-27.westus.logic.azure.com/workflows/x?sig=S1G", null,
        Locale.ENGLISH, true, false, "U0ADMIN", Instant.EPOCH));
    schedules.update(schedules.find(sub).orElseThrow().withDestinations(Destinations.SLACK), Instant.EPOCH);
    runnerAt(SCHEDULED.plusSeconds(2)).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-1"), triggers());
    assertEquals(1, slack.digests.size());
    assertEquals(0, standIn.bodies.size());
  }

  @Test
  void aTeamsOnlySubscriptionPostsNoSlackMessage() {
    schedules.update(schedules.find(sub).orElseThrow().withDestinations(Destinations.TEAMS), Instant.EPOCH);
    var r = runnerAt(SCHEDULED.plusSeconds(2)).run(DigestFiring.scheduled(sub, SCHEDULED, "instance-1"), triggers());
    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(0, slack.digests.size());
    assertEquals(1, standIn.accepted.size());
  }

  @Test
  void aWeeklySubscriptionsCardNamesItsWeekAndItsSlice() {
    schedules.update(new Subscription(sub, TEAM, "C0001", app.clicks.digest.Cadence.WEEKLY, LocalTime.of(8, 0),
        java.util.Set.of(java.time.DayOfWeek.MONDAY), 0, BOGOTA, app.clicks.report.Slice.routingPoint("RP-7"), null,
        Destinations.TEAMS, true), Instant.EPOCH);
    Instant monday = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, BOGOTA).toInstant();

    var r = runnerAt(monday.plusSeconds(2)).run(DigestFiring.scheduled(sub, monday, "instance-1"), triggers());

    assertEquals(DigestOutcome.POSTED, r.outcome());
    String card = standIn.accepted.get(0).toString();
    assertTrue(card.contains("\"text\":\"Weekly · 2026-11-16 → 2026-11-22 · routing point RP-7\""), card);
    assertTrue(card.contains("America/Bogota"), card);
    assertEquals(List.of(app.clicks.report.Slice.routingPoint("RP-7")), reader.slices);
  }
}
