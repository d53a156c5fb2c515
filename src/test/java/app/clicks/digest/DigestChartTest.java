package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DeliveryLog.ChartState;
import app.clicks.digest.DeliveryLog.State;
import app.clicks.digest.Fakes.SleeperFake;
import app.clicks.digest.Fakes.TriggersFake;
import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The digest's chart is a second post with its own state in the delivery log: exactly one chart a digest, after a
 * 429, a retry or a restart; a chart that fails never costs the text.
 */
class DigestChartTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final Instant SCHEDULED = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BOGOTA).toInstant();
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static final String TS = "1700000000.000100";

  /** Posts digests; answers charts from a script (the last answer repeats), sharing only where it says Posted. */
  static class ChartPoster implements DigestPoster {
    final List<DigestMessage> digests = new CopyOnWriteArrayList<>();
    final List<DigestChart> asked = new CopyOnWriteArrayList<>();
    final List<DigestChart> shared = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<PostOutcome> script = new ConcurrentLinkedQueue<>();
    private volatile PostOutcome last = new PostOutcome.Posted("F0001");

    ChartPoster then(PostOutcome o) {
      script.add(o);
      last = o;
      return this;
    }

    @Override
    public PostOutcome postDigest(DigestMessage digest) {
      digests.add(digest);
      return new PostOutcome.Posted(TS);
    }

    @Override
    public PostOutcome postNote(DigestNote note) {
      return new PostOutcome.Posted(TS);
    }

    @Override
    public PostOutcome postChart(DigestChart chart) {
      asked.add(chart);
      PostOutcome o = script.size() > 1 ? script.poll() : script.isEmpty() ? last : script.peek();
      if (o instanceof PostOutcome.Posted || o instanceof PostOutcome.Unclear) {
        if (!chart.beforeSharing().getAsBoolean()) {
          return new PostOutcome.OtherFailure("taken_over");
        }
        if (o instanceof PostOutcome.Posted) {
          shared.add(chart);
        }
      }
      return o;
    }
  }

  HikariDataSource db;
  SubscriptionStore schedules;
  long sub;
  String DAILY;
  DeliveryLog log;
  FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
  FakeClickReader reader = FakeClickReader.answering(42, 40);
  ChartPoster poster = new ChartPoster();
  SleeperFake sleeper = new SleeperFake();
  TriggersFake triggers = new TriggersFake();

  @BeforeEach
  void setUp() {
    db = TestDatabases.h2();
    schedules = new SubscriptionStore(db);
    log = new DeliveryLog(db);
    sub = schedules.insert(Subscription.daily(TEAM, "C0001", LocalTime.of(8, 0), BOGOTA), Instant.EPOCH, 20)
        .orElseThrow().id();
    DAILY = DeliveryLog.slack(sub);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  DigestRunner runnerAt(Instant now) {
    return new DigestRunner(new DigestStores(schedules, log, settings), reader, poster,
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, sleeper, Clock.fixed(now, ZoneOffset.UTC)));
  }

  RunResult runAt(Instant now) {
    return runnerAt(now).run(DigestFiring.scheduled(sub, SCHEDULED, "test-1"), triggers);
  }

  ChartState chartState() {
    return log.findChart(TEAM, DAILY, DAY).orElseThrow().state();
  }

  @Test
  void theChartFollowsTheTextIntoItsThreadOnce() {
    assertEquals(DigestOutcome.POSTED, runAt(SCHEDULED.plusSeconds(2)).outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, runAt(SCHEDULED.plusSeconds(3)).outcome());

    assertEquals(1, poster.shared.size());
    DigestChart chart = poster.shared.get(0);
    assertEquals(TS, chart.threadTs());
    assertEquals(poster.digests.get(0), chart.digest());
    assertEquals(ChartState.POSTED, chartState());
    assertEquals("F0001", log.findChart(TEAM, DAILY, DAY).orElseThrow().fileId());
    assertEquals(List.of(), triggers.retries);
  }

  @Test
  void aShortRateLimitIsWaitedOutAndOneChartGoes() {
    poster.then(new PostOutcome.RateLimited(Duration.ofSeconds(3))).then(new PostOutcome.Posted("F0009"));
    assertEquals(DigestOutcome.POSTED, runAt(SCHEDULED.plusSeconds(2)).outcome());
    runAt(SCHEDULED.plusSeconds(30));

    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits);
    assertEquals(2, poster.asked.size());
    assertEquals(1, poster.shared.size());
    assertEquals(ChartState.POSTED, chartState());
  }

  @Test
  void aLongRateLimitLeavesTheChartToARetryWhichSendsItOnce() {
    poster.then(new PostOutcome.RateLimited(Duration.ofMinutes(10))).then(new PostOutcome.Posted("F0002"));
    RunResult first = runAt(SCHEDULED.plusSeconds(2));

    assertEquals(DigestOutcome.POSTED, first.outcome(), "the text stands");
    assertEquals(State.POSTED, log.find(TEAM, DAILY, DAY).orElseThrow().state());
    assertEquals(ChartState.RETRYABLE, chartState());
    assertEquals(0, poster.shared.size());
    assertEquals(1, triggers.retries.size());
    TriggersFake.Retry retry = triggers.retries.get(0);
    assertTrue(retry.retry() >= 100, "a trigger of the chart's own: " + retry);

    Instant later = retry.at();
    RunResult again = runnerAt(later).run(
        new DigestFiring(sub, SCHEDULED, later, retry.retry(), retry.until(), "test-2"), triggers);
    runAt(later.plusSeconds(60));

    assertEquals(DigestOutcome.ALREADY_CLAIMED, again.outcome(), "the text is not posted again");
    assertEquals(1, poster.digests.size());
    assertEquals(1, poster.shared.size());
    assertEquals(TS, poster.shared.get(0).threadTs());
    assertEquals(ChartState.POSTED, chartState());
  }

  @Test
  void aRunThatDiedAfterTheTextLeavesTheChartToTheNextFiringOfTheDay() {
    log.claim(TEAM, DAILY, DAY, "died-1", SCHEDULED);
    log.startPosting(TEAM, DAILY, DAY, 1, SCHEDULED);
    log.mark(TEAM, DAILY, DAY, 1, State.POSTED, TS, null, SCHEDULED.plusSeconds(1));

    runAt(SCHEDULED.plus(Duration.ofMinutes(1))); // Quartz re-fires the job of the instance that died
    runAt(SCHEDULED.plus(Duration.ofMinutes(2)));

    assertEquals(0, poster.digests.size(), "the text was posted already");
    assertEquals(1, poster.shared.size());
    assertEquals(TS, poster.shared.get(0).threadTs());
    assertEquals(42, poster.shared.get(0).digest().totals().current().clicks(), "the digest read again");
  }

  @Test
  void aChartLeftUploadingIsTakenOverOnlyWhenStaleAndOneLeftSharingNever() {
    log.claim(TEAM, DAILY, DAY, "died-1", SCHEDULED);
    log.mark(TEAM, DAILY, DAY, 1, State.POSTED, TS, null, SCHEDULED);
    int generation = log.claimChart(TEAM, DAILY, DAY, SCHEDULED).orElseThrow();

    runAt(SCHEDULED.plus(Duration.ofMinutes(2)));
    assertEquals(0, poster.asked.size(), "too early to tell a dead upload from a slow one");
    runAt(SCHEDULED.plus(DeliveryLog.STALE_CLAIM).plusSeconds(1));
    assertEquals(1, poster.shared.size());
    assertTrue(!log.startSharingChart(TEAM, DAILY, DAY, generation, SCHEDULED.plusSeconds(700)),
        "the run that died cannot share it any more");

    LocalDate other = DAY.minusDays(1);
    log.claim(TEAM, DAILY, other, "died-2", SCHEDULED);
    log.mark(TEAM, DAILY, other, 1, State.POSTED, TS, null, SCHEDULED);
    int g = log.claimChart(TEAM, DAILY, other, SCHEDULED).orElseThrow();
    assertTrue(log.startSharingChart(TEAM, DAILY, other, g, SCHEDULED));
    assertEquals(java.util.Optional.empty(), log.claimChart(TEAM, DAILY, other, SCHEDULED.plusSeconds(3600)),
        "a chart that may have been shared is never claimed again");
  }

  @Test
  void aChartThatFailsOrCannotBeDrawnNeverCostsTheText() {
    poster.then(new PostOutcome.OtherFailure("no_chart"));
    RunResult run = runAt(SCHEDULED.plusSeconds(2));
    runAt(SCHEDULED.plusSeconds(3));

    assertEquals(DigestOutcome.POSTED, run.outcome());
    assertEquals(1, poster.digests.size());
    assertEquals(1, poster.asked.size(), "not tried again");
    assertEquals(ChartState.FAILED, chartState());
    assertEquals("no_chart", log.findChart(TEAM, DAILY, DAY).orElseThrow().detail());
    assertEquals(DigestOutcome.POSTED, schedules.lastRun(sub).orElseThrow().outcome());
  }

  @Test
  void aChartWhoseSharingGotNoAnswerIsNeverSentAgain() {
    poster.then(new PostOutcome.Unclear("SocketTimeoutException"));
    runAt(SCHEDULED.plusSeconds(2));
    runAt(SCHEDULED.plus(Duration.ofHours(1)));
    assertEquals(ChartState.UNKNOWN, chartState());
    assertEquals(1, poster.asked.size());
  }

  @Test
  void aChartThrowingIsUnclearAndTheTextStands() {
    DigestPoster throwing = new ChartPoster() {
      @Override
      public PostOutcome postChart(DigestChart chart) {
        throw new IllegalStateException("boom");
      }
    };
    DigestRunner runner = new DigestRunner(new DigestStores(schedules, log, settings), reader, throwing,
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, sleeper,
            Clock.fixed(SCHEDULED.plusSeconds(2), ZoneOffset.UTC)));
    assertEquals(DigestOutcome.POSTED, runner.run(DigestFiring.scheduled(sub, SCHEDULED, "t"), triggers).outcome());
    assertEquals(ChartState.UNKNOWN, chartState());
  }

  @Test
  void sendNowPostsAChartTooAndLogsNothing() {
    RunResult r = runnerAt(SCHEDULED.plusSeconds(2)).sendNow(TEAM, sub);
    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(1, poster.shared.size());
    assertTrue(poster.shared.get(0).digest().sendNow());
    assertTrue(log.findChart(TEAM, DAILY, r.day()).isEmpty());
  }
}
