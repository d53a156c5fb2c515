package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DeliveryLog.State;
import app.clicks.digest.Fakes.PosterFake;
import app.clicks.digest.Fakes.SleeperFake;
import app.clicks.digest.Fakes.TriggersFake;
import app.clicks.report.Period;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestTotals;
import app.clicks.wolkvox.WolkvoxException.Kind;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What one digest run does, driven with a given scheduled time and a fixed clock; run on H2 and PostgreSQL. */
abstract class DigestRunnerContract {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  /** The digest fires at 08:00 on 24 November (Bogota): it covers the 23rd against the 22nd. */
  static final Instant SCHEDULED = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, BOGOTA).toInstant();
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  HikariDataSource db;
  SubscriptionStore schedules;
  long sub;
  String DAILY;
  DeliveryLog log;
  FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
  FakeClickReader reader = FakeClickReader.answering(42, 40);
  PosterFake poster = new PosterFake();
  SleeperFake sleeper = new SleeperFake();
  TriggersFake triggers = new TriggersFake();

  abstract HikariDataSource database();

  @BeforeEach
  void setUp() {
    db = database();
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

  @Test
  void postsYesterdayAgainstTheDayBeforeOnceWithTheReadersNumbers() {
    RunResult first = runAt(SCHEDULED.plusSeconds(2));
    RunResult second = runAt(SCHEDULED.plusSeconds(3));

    assertEquals(DigestOutcome.POSTED, first.outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, second.outcome());
    assertEquals(1, poster.digests.size());
    DigestMessage m = poster.digests.get(0);
    assertEquals(DAY, m.day());
    assertEquals("C0001", m.channelId());
    assertFalse(m.sendNow());
    assertEquals(42, m.totals().current().clicks());
    assertEquals(40, m.totals().previous().clicks());
    assertEquals(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, BOGOTA), m.periods().current().start());
    assertEquals(ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, BOGOTA), m.periods().current().end());
    assertEquals(ZonedDateTime.of(2026, 11, 22, 0, 0, 0, 0, BOGOTA), m.periods().previous().start());
    assertEquals(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, BOGOTA), m.periods().previous().end());
    assertEquals(Period.Kind.YESTERDAY, m.periods().current().kind());
    assertEquals(List.of(Purpose.DIGEST), reader.purposes);
    assertEquals(State.POSTED, log.find(TEAM, DAILY, DAY).orElseThrow().state());
    assertEquals("1700000000.000100", log.find(TEAM, DAILY, DAY).orElseThrow().messageTs());
    LastRun last = schedules.lastRun(sub).orElseThrow();
    assertEquals(DigestOutcome.POSTED, last.outcome());
    assertEquals(DAY, last.day());
    assertEquals("digest.outcome.posted", last.messageKey());
  }

  @Test
  void concurrentFiringsOfOneDayPostOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RunResult>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String instance = "instance-" + i;
      runs.add(pool.submit(() -> {
        go.await();
        return runnerAt(SCHEDULED.plusSeconds(1)).run(DigestFiring.scheduled(sub, SCHEDULED, instance), triggers);
      }));
    }
    go.countDown();
    long posted = 0;
    for (Future<RunResult> f : runs) {
      posted += f.get().outcome() == DigestOutcome.POSTED ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, posted);
    assertEquals(1, poster.attempts.size());
  }

  @Test
  void aDayLeftClaimedByARunThatDiedBeforePostingIsTakenOverOnceTheClaimIsStale() {
    Instant claimedAt = SCHEDULED.plusSeconds(1);
    log.claim(TEAM, DAILY, DAY, "died-1", claimedAt); // the instance died while fetching

    RunResult recovered = runAt(SCHEDULED.plus(Duration.ofMinutes(2))); // Quartz re-fires the job elsewhere

    assertEquals(DigestOutcome.ALREADY_CLAIMED, recovered.outcome(), "too early to tell a dead run from a slow one");
    assertEquals(0, poster.attempts.size());
    assertEquals(1, triggers.retries.size());
    TriggersFake.Retry look = triggers.retries.get(0);
    assertEquals(claimedAt.plus(DeliveryLog.STALE_CLAIM).plus(DigestRunner.STALE_CHECK_MARGIN), look.at());
    assertEquals(SCHEDULED, look.digestTime());

    RunResult takeover = runnerAt(look.at())
        .run(new DigestFiring(sub, SCHEDULED, look.at(), look.retry(), look.until(), "test-2"), triggers);

    assertEquals(DigestOutcome.POSTED, takeover.outcome());
    assertEquals(1, poster.digests.size());
    assertEquals(DAY, poster.digests.get(0).day());
    DeliveryLog.Delivery d = log.find(TEAM, DAILY, DAY).orElseThrow();
    assertEquals(State.POSTED, d.state());
    assertEquals(2, d.attempts());
    assertEquals("test-2", d.claimedBy());
  }

  /**
   * A reader for a slow first run: while it is still reading, another run ("test-2"), late enough to find its claim
   * stale, takes the day over and delivers it; then the first run's read ends with {@code thenForTheSlowRun}.
   */
  List<RunResult> takenOverWhileReading(FakeClickReader.Step thenForTheSlowRun) {
    Instant later = SCHEDULED.plus(DeliveryLog.STALE_CLAIM).plus(Duration.ofMinutes(2));
    List<RunResult> takeovers = new ArrayList<>();
    reader = new FakeClickReader()
        .then(p -> {
          takeovers.add(runnerAt(later).run(new DigestFiring(sub, SCHEDULED, later, 1, later.plus(Duration.ofHours(1)),
              "test-2"), triggers));
          return thenForTheSlowRun.answer(p);
        })
        .then(p -> TestTotals.stored(42, 40));
    return takeovers;
  }

  @Test
  void aSlowRunWhoseClaimWasTakenOverMeanwhileDoesNotPostASecondTime() {
    List<RunResult> takeovers = takenOverWhileReading(p -> TestTotals.stored(42, 40));

    RunResult slow = runAt(SCHEDULED.plusSeconds(1));

    assertEquals(DigestOutcome.POSTED, takeovers.get(0).outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, slow.outcome());
    assertEquals(1, poster.attempts.size(), "one post in all");
    DeliveryLog.Delivery d = log.find(TEAM, DAILY, DAY).orElseThrow();
    assertEquals(State.POSTED, d.state());
    assertEquals("test-2", d.claimedBy());
  }

  @Test
  void aSlowRunWhoseClaimWasTakenOverNeitherOverwritesTheLogNorSchedulesARetry() {
    List<RunResult> takeovers = takenOverWhileReading(FakeClickReader.failing(Kind.TIMEOUT));

    RunResult slow = runAt(SCHEDULED.plusSeconds(1));

    assertEquals(DigestOutcome.POSTED, takeovers.get(0).outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, slow.outcome());
    assertEquals(State.POSTED, log.find(TEAM, DAILY, DAY).orElseThrow().state());
    assertTrue(triggers.retries.isEmpty(), "no retry of a day another run delivered: " + triggers.retries);
  }

  @Test
  void aDayWhosePostWasUnderWayWhenItsRunDiedIsNeverTakenOver() {
    log.claim(TEAM, DAILY, DAY, "died-1", SCHEDULED.plusSeconds(1));
    assertTrue(log.startPosting(TEAM, DAILY, DAY, 1, SCHEDULED.plusSeconds(3)));

    RunResult much = runAt(SCHEDULED.plus(Duration.ofMinutes(45)));

    assertEquals(DigestOutcome.ALREADY_CLAIMED, much.outcome());
    assertEquals(0, poster.attempts.size(), "Slack may have posted it: at most once");
    assertTrue(triggers.retries.isEmpty());
    assertEquals(State.POSTING, log.find(TEAM, DAILY, DAY).orElseThrow().state());
  }

  @Test
  void aRunLateInsideTheMisfireWindowPostsTheDayOfItsScheduledTimeNotOfTheClock() {
    Instant evening = ZonedDateTime.of(2026, 11, 24, 22, 0, 0, 0, BOGOTA).toInstant();
    Instant nextMorning = evening.plus(Duration.ofHours(5)).plusSeconds(59 * 60);

    RunResult r = runnerAt(nextMorning).run(DigestFiring.scheduled(sub, evening, "test-1"), triggers);

    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(DAY, poster.digests.get(0).day());
  }

  @Test
  void aRunLateBeyondTheMisfireWindowIsSkippedAndNoted() {
    RunResult r = runAt(SCHEDULED.plus(Duration.ofHours(6)).plusSeconds(60));

    assertEquals(DigestOutcome.MISSED, r.outcome());
    assertEquals(0, poster.attempts.size());
    assertEquals(0, reader.asked.size());
    assertTrue(log.find(TEAM, DAILY, DAY).isEmpty());
    LastRun last = schedules.lastRun(sub).orElseThrow();
    assertEquals(DigestOutcome.MISSED, last.outcome());
    assertEquals(DAY, last.day());
    assertEquals("digest.outcome.missed", last.messageKey());
  }

  @Test
  void notInChannelTellsTheAdminsToInviteTheBot() {
    poster.then(new PostOutcome.NotInChannel());

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.NOT_IN_CHANNEL, r.outcome());
    assertEquals("digest.outcome.not_in_channel", schedules.lastRun(sub).orElseThrow().messageKey());
    assertTrue(schedules.find(sub).orElseThrow().enabled());
    assertEquals(State.FAILED, log.find(TEAM, DAILY, DAY).orElseThrow().state());
  }

  @Test
  void anArchivedChannelTurnsTheDigestOffAndSaysWhy() {
    poster.then(new PostOutcome.ChannelGone("is_archived"));

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.CHANNEL_GONE, r.outcome());
    assertFalse(schedules.find(sub).orElseThrow().enabled());
    assertEquals(List.of(sub), triggers.removed);
    LastRun last = schedules.lastRun(sub).orElseThrow();
    assertEquals(DigestOutcome.CHANNEL_GONE, last.outcome());
    assertEquals("is_archived", last.detail());
  }

  @Test
  void slackRateLimitIsWaitedOutAndTheDigestDeliveredOnce() {
    poster.then(new PostOutcome.RateLimited(Duration.ofSeconds(3))).then(new PostOutcome.Posted("1.2"));

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits);
    assertEquals(2, poster.attempts.size());
    assertEquals(1, poster.digests.size());
    assertEquals("1.2", log.find(TEAM, DAILY, DAY).orElseThrow().messageTs());
  }

  @Test
  void anUnclearPostIsMarkedUnknownAndNeverPostedAgain() {
    poster.then(new PostOutcome.Unclear("read timed out")).then(new PostOutcome.Posted("1.3"));

    RunResult r = runAt(SCHEDULED);
    RunResult again = runAt(SCHEDULED.plusSeconds(5));

    assertEquals(DigestOutcome.UNCLEAR, r.outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, again.outcome());
    assertEquals(1, poster.attempts.size());
    assertEquals(State.UNKNOWN, log.find(TEAM, DAILY, DAY).orElseThrow().state());
    assertEquals("digest.outcome.unclear", schedules.lastRun(sub).orElseThrow().messageKey());
  }

  @Test
  void aPosterThatThrowsCountsAsUnclear() {
    DigestPoster throwing = new DigestPoster() {
      @Override
      public PostOutcome postDigest(DigestMessage digest) {
        throw new IllegalStateException("socket closed");
      }

      @Override
      public PostOutcome postNote(DigestNote note) {
        throw new IllegalStateException("socket closed");
      }
    };
    DigestRunner runner = new DigestRunner(new DigestStores(schedules, log, settings), reader, throwing,
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, sleeper,
            Clock.fixed(SCHEDULED, ZoneOffset.UTC)));

    RunResult r = runner.run(DigestFiring.scheduled(sub, SCHEDULED, "test-1"), triggers);

    assertEquals(DigestOutcome.UNCLEAR, r.outcome());
    assertEquals(State.UNKNOWN, log.find(TEAM, DAILY, DAY).orElseThrow().state());
  }

  @Test
  void aTransientWolkvoxFailureStoresARetryAndTheRetryDeliversOnce() {
    reader = new FakeClickReader().then(FakeClickReader.failing(Kind.SERVER_ERROR))
        .then(p -> TestTotals.stored(7, 3));

    RunResult first = runAt(SCHEDULED.plusSeconds(1));

    assertEquals(DigestOutcome.RETRY_SCHEDULED, first.outcome());
    assertEquals(1, triggers.retries.size());
    TriggersFake.Retry retry = triggers.retries.get(0);
    assertEquals(SCHEDULED.plusSeconds(1).plus(Duration.ofMinutes(2)), retry.at());
    assertEquals(SCHEDULED, retry.digestTime());
    assertEquals(SCHEDULED.plusSeconds(1).plus(Duration.ofHours(1)), retry.until());
    assertEquals(State.RETRYABLE, log.find(TEAM, DAILY, DAY).orElseThrow().state());
    assertEquals(0, poster.attempts.size());

    DigestFiring retryFiring = new DigestFiring(sub, SCHEDULED, retry.at(), retry.retry(), retry.until(), "test-2");
    RunResult second = runnerAt(retry.at()).run(retryFiring, triggers);
    RunResult third = runnerAt(retry.at().plusSeconds(1)).run(retryFiring, triggers);

    assertEquals(DigestOutcome.POSTED, second.outcome());
    assertEquals(DigestOutcome.ALREADY_CLAIMED, third.outcome());
    assertEquals(1, poster.digests.size());
    assertEquals(7, poster.digests.get(0).totals().current().clicks());
    DeliveryLog.Delivery d = log.find(TEAM, DAILY, DAY).orElseThrow();
    assertEquals(State.POSTED, d.state());
    assertEquals(2, d.attempts());
    assertEquals("test-2", d.claimedBy());
  }

  @Test
  void aDayThatCouldOnlyBeReadFromTheStoreIsRetriedBeforeItIsPosted() {
    StoredTotals storeOnly = new StoredTotals(TestTotals.day(2, 2), TestTotals.day(3, 3), Instant.EPOCH, true, 0);
    reader = new FakeClickReader().then(p -> storeOnly).then(p -> TestTotals.stored(9, 3));

    RunResult first = runAt(SCHEDULED.plusSeconds(1));

    assertEquals(DigestOutcome.RETRY_SCHEDULED, first.outcome());
    assertEquals(0, poster.attempts.size(), "stored data that may be short is not posted while retries remain");
    TriggersFake.Retry retry = triggers.retries.get(0);
    RunResult second = runnerAt(retry.at())
        .run(new DigestFiring(sub, SCHEDULED, retry.at(), retry.retry(), retry.until(), "test-2"), triggers);
    assertEquals(DigestOutcome.POSTED, second.outcome());
    assertEquals(9, poster.digests.get(0).totals().current().clicks());
  }

  @Test
  void storedDataIsPostedAsSuchWhenTheRetriesRunOut() {
    StoredTotals storeOnly = new StoredTotals(TestTotals.day(2, 2), TestTotals.day(3, 3), Instant.EPOCH, true, 0);
    reader = new FakeClickReader().then(p -> storeOnly);
    Instant now = SCHEDULED.plus(Duration.ofMinutes(59));

    RunResult r = runnerAt(now)
        .run(new DigestFiring(sub, SCHEDULED, now, 4, SCHEDULED.plus(Duration.ofHours(1)), "t"), triggers);

    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertTrue(poster.digests.get(0).totals().storeOnly(), "the post carries the store-only mark");
  }

  @Test
  void aFailureAfterTheClaimSchedulesARetryInsteadOfLeavingTheDayClaimed() {
    reader = FakeClickReader.answering(5, 1);
    settings.failNextFind = true;

    RunResult first = runAt(SCHEDULED.plusSeconds(1));

    assertEquals(DigestOutcome.RETRY_SCHEDULED, first.outcome());
    assertEquals(State.RETRYABLE, log.find(TEAM, DAILY, DAY).orElseThrow().state());
  }

  @Test
  void transientFailuresStopBeingRetriedAfterTheHorizon() {
    reader = new FakeClickReader().then(FakeClickReader.failing(Kind.TIMEOUT));
    Instant now = SCHEDULED.plus(Duration.ofMinutes(59));
    DigestFiring lastChance = new DigestFiring(sub, SCHEDULED, now, 4, SCHEDULED.plus(Duration.ofHours(1)), "t");

    RunResult r = runnerAt(now).run(lastChance, triggers);

    assertEquals(DigestOutcome.WOLKVOX_UNAVAILABLE, r.outcome());
    assertTrue(triggers.retries.isEmpty());
    assertEquals(State.FAILED, log.find(TEAM, DAILY, DAY).orElseThrow().state());
  }

  @Test
  void aRejectedTokenIsNotRetriedAndLeavesANoteInTheChannel() {
    reader = new FakeClickReader().then(FakeClickReader.failing(Kind.TOKEN_REJECTED));

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.TOKEN_REJECTED, r.outcome());
    assertTrue(triggers.retries.isEmpty());
    assertEquals(1, poster.notes.size());
    assertEquals(DigestNote.Kind.TOKEN_REJECTED, poster.notes.get(0).kind());
    assertEquals("digest.outcome.token_rejected", schedules.lastRun(sub).orElseThrow().messageKey());
  }

  @Test
  void aSpentQuotaIsNotRetriedAndLeavesANoteInTheChannel() {
    reader = new FakeClickReader().then(FakeClickReader.failing(Kind.QUOTA_EXCEEDED));

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.QUOTA_EXCEEDED, r.outcome());
    assertTrue(triggers.retries.isEmpty());
    assertEquals(DigestNote.Kind.QUOTA_EXCEEDED, poster.notes.get(0).kind());
  }

  @Test
  void aDayWithoutClicksPostsANoteOrNothingAsSet() {
    reader = FakeClickReader.answering(0, 5);

    RunResult noted = runAt(SCHEDULED);
    schedules.update(Subscription.daily(TEAM, "C0001", LocalTime.of(8, 0), BOGOTA).withId(sub)
        .withEmptyPolicy(EmptyPolicy.SKIP),
        Instant.EPOCH);
    Instant nextDay = SCHEDULED.plus(Duration.ofDays(1));
    RunResult skipped = runnerAt(nextDay).run(DigestFiring.scheduled(sub, nextDay, "t"), triggers);

    assertEquals(DigestOutcome.NO_CLICKS_NOTE, noted.outcome());
    assertEquals(DigestNote.Kind.NO_CLICKS, poster.notes.get(0).kind());
    assertEquals(DigestOutcome.NO_CLICKS_SKIPPED, skipped.outcome());
    assertEquals(1, poster.attempts.size());
    assertEquals(State.SKIPPED, log.find(TEAM, DAILY, DAY.plusDays(1)).orElseThrow().state());
  }

  @Test
  void sendNowPostsAtOnceAndDoesNotBlockTheScheduledRun() {
    RunResult now = runnerAt(SCHEDULED.minusSeconds(3600)).sendNow(TEAM, sub);

    assertEquals(DigestOutcome.POSTED, now.outcome());
    assertTrue(poster.digests.get(0).sendNow());
    assertTrue(log.find(TEAM, DAILY, DAY).isEmpty());
    assertTrue(schedules.lastRun(sub).isEmpty());

    RunResult scheduled = runAt(SCHEDULED);

    assertEquals(DigestOutcome.POSTED, scheduled.outcome());
    assertEquals(2, poster.digests.size());
    assertEquals(DAY, poster.digests.get(1).day());
  }

  @Test
  void withoutAWolkvoxConnectionNothingIsPostedAndTheAdminIsTold() {
    settings.delete(TEAM);

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.NOT_CONNECTED, r.outcome());
    assertEquals(0, poster.attempts.size());
    assertEquals("digest.outcome.not_connected", schedules.lastRun(sub).orElseThrow().messageKey());
  }

  @Test
  void aDigestTurnedOffDoesNothing() {
    schedules.update(Subscription.daily(TEAM, "C0001", LocalTime.of(8, 0), BOGOTA).withId(sub).withEnabled(false),
        Instant.EPOCH);

    RunResult r = runAt(SCHEDULED);

    assertEquals(DigestOutcome.OFF, r.outcome());
    assertEquals(0, reader.asked.size());
    assertTrue(log.find(TEAM, DAILY, DAY).isEmpty());
  }
}
