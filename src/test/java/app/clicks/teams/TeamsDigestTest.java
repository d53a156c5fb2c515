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
import app.clicks.digest.DigestSchedule;
import app.clicks.digest.DigestSettings;
import app.clicks.digest.DigestSettingsStore;
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
 * The digest set to "both": one message in the Slack channel and one card in Teams, each exactly once a day (its own
 * row in the delivery log), also when Teams first answers 429; one destination failing never blocks the other.
 */
class TeamsDigestTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final Instant SCHEDULED = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BOGOTA).toInstant();
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  HikariDataSource db;
  TeamsStandIn standIn;
  TeamsSettingsStore store;
  DigestSettingsStore schedules;
  DeliveryLog log;
  Teams teams;
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
        Locale.ENGLISH, "U0ADMIN", Instant.EPOCH));
    schedules = new DigestSettingsStore(db);
    log = new DeliveryLog(db);
    schedules.save(DigestSchedule.daily(TEAM, "C0001", LocalTime.of(8, 0), BOGOTA), Instant.EPOCH);
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
    return new DigestRunner(new DigestStores(schedules, log, settings), reader, teams.digestPoster(slack, db),
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, d -> { }, clock));
  }

  DigestTriggers triggers() {
    return new DigestTriggers() {
      @Override
      public void scheduleRetry(WorkspaceKey key, Instant digestTime, int retry, Instant at, Instant retryUntil) {
        retries.add(at);
      }

      @Override
      public void unschedule(WorkspaceKey key) {}
    };
  }

  @Test
  void bothDestinationsGetTheDayExactlyOnceAlsoWhenTeamsFirstAnswers429() {
    standIn.answer(429);
    Instant now = SCHEDULED.plusSeconds(2);
    var first = runnerAt(now).run(DigestFiring.daily(TEAM, SCHEDULED, "instance-1"), triggers());
    var second = runnerAt(now).run(DigestFiring.daily(TEAM, SCHEDULED, "instance-2"), triggers());

    assertEquals(DigestOutcome.POSTED, first.outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, second.outcome());
    assertEquals(1, slack.digests.size(), "one message in the Slack channel");
    assertEquals(1, standIn.accepted.size(), "one card in Teams");
    assertEquals(2, standIn.bodies.size(), "the 429, then the card");
    String card = standIn.accepted.get(0).toString();
    assertTrue(card.contains("\"text\":\"2026-11-23 · America/Bogota\""), card);
    assertTrue(card.contains("{\"title\":\"Clicks\",\"value\":\"42 (+2, +5.0% vs 40)\"}"), card);
    assertEquals(DeliveryLog.State.POSTED, log.find(TEAM, DeliveryLog.DAILY, DAY).orElseThrow().state());
    assertEquals(DeliveryLog.State.POSTED, log.find(TEAM, TeamsDigestPoster.DIGEST, DAY).orElseThrow().state());
    assertEquals(TeamsPostOutcome.Result.ACCEPTED, store.lastPost(TEAM).orElseThrow().result());
    assertEquals(LastPost.Kind.DIGEST, store.lastPost(TEAM).orElseThrow().kind());
  }

  @Test
  void slackFailingDoesNotBlockTeamsAndItsRetryDoesNotRepeatTheCard() {
    slack.answers.add(new PostOutcome.OtherFailure("fatal_error"));
    Instant now = SCHEDULED.plusSeconds(2);
    var failed = runnerAt(now).run(DigestFiring.daily(TEAM, SCHEDULED, "instance-1"), triggers());
    assertEquals(DigestOutcome.POST_FAILED, failed.outcome());
    assertEquals(1, standIn.accepted.size(), "Teams got its card though Slack failed");

    // Slack rate-limits past its waits: the day is retried later, and Teams is not posted again.
    log.mark(TEAM, DeliveryLog.DAILY, DAY, 1, DeliveryLog.State.RETRYABLE, null, "test", now);
    var retried = runnerAt(now.plusSeconds(600)).run(
        new DigestFiring(TEAM, SCHEDULED, now.plusSeconds(600), 1, now.plusSeconds(3600), "instance-2"), triggers());
    assertEquals(DigestOutcome.POSTED, retried.outcome());
    assertEquals(2, slack.digests.size());
    assertEquals(1, standIn.accepted.size(), "still one card in Teams");
  }

  @Test
  void teamsFailingDoesNotBlockSlackAndIsLeftRetryable() {
    standIn.answer(500);
    var r = runnerAt(SCHEDULED.plusSeconds(2)).run(DigestFiring.daily(TEAM, SCHEDULED, "instance-1"), triggers());
    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(1, slack.digests.size());
    assertEquals(0, standIn.accepted.size());
    assertEquals(DeliveryLog.State.RETRYABLE, log.find(TEAM, TeamsDigestPoster.DIGEST, DAY).orElseThrow().state());
    LastPost last = store.lastPost(TEAM).orElseThrow();
    assertEquals(TeamsPostOutcome.Result.RETRY_LATER, last.result());
    assertEquals(500, last.status());
  }

  @Test
  void withoutAWebhookOnlySlackIsPosted() {
    store.save(new TeamsSettings(TEAM, null, "c2VjcmV0LW91dGdvaW5nLXdlYmhvb2stdG9rZW4tMzI=", Locale.ENGLISH,
        "U0ADMIN", Instant.EPOCH));
    runnerAt(SCHEDULED.plusSeconds(2)).run(DigestFiring.daily(TEAM, SCHEDULED, "instance-1"), triggers());
    assertEquals(1, slack.digests.size());
    assertEquals(0, standIn.bodies.size());
  }
}
