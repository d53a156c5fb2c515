package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DeliveryLog.State;
import app.clicks.digest.Fakes.PosterFake;
import app.clicks.digest.Fakes.SleeperFake;
import app.clicks.settings.WorkspaceKey;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestTotals;
import app.clicks.wolkvox.WolkvoxException.Kind;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

/** The Quartz digest scheduler for real, on its JDBC job store; run on H2 and on PostgreSQL. */
abstract class QuartzDigestSchedulerContract {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final QuartzOptions QUICK =
      new QuartzOptions(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 2);
  static final RetryPolicy QUICK_RETRIES =
      new RetryPolicy(List.of(Duration.ofSeconds(2)), Duration.ofHours(1), 3, Duration.ofSeconds(60));
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  HikariDataSource db;
  SubscriptionStore schedules;
  /** The id of TEAM's subscription saved last. */
  long sub;
  DigestRunner runner;
  DeliveryLog log;
  FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
  FakeClickReader reader = FakeClickReader.answering(42, 40);
  PosterFake poster = new PosterFake();
  SleeperFake sleeper = new SleeperFake();
  final BlockingQueue<RunResult> results = new LinkedBlockingQueue<>();
  private final List<QuartzDigestScheduler> started = new ArrayList<>();

  abstract HikariDataSource database();

  @BeforeEach
  void setUp() {
    db = database();
    schedules = new SubscriptionStore(db);
    log = new DeliveryLog(db);
  }

  @AfterEach
  void tearDown() {
    for (QuartzDigestScheduler s : started) {
      s.shutdown(true);
    }
    db.close();
  }

  QuartzDigestScheduler newScheduler() {
    return newScheduler(new DigestRunner(new DigestStores(schedules, log, settings), reader, poster,
        new DigestTiming(DigestSettings.DEFAULTS, QUICK_RETRIES, sleeper, Clock.systemUTC())));
  }

  QuartzDigestScheduler newScheduler(DigestRunner runner) {
    this.runner = runner;
    QuartzDigestScheduler s = new QuartzDigestScheduler(db, schedules, runner, QUICK,
        "test-" + INSTANCES.incrementAndGet(), results::add);
    started.add(s);
    return s;
  }

  /** A daily digest at the next whole second at least {@code seconds} from now. */
  static Subscription aMomentAhead(WorkspaceKey key, int seconds) {
    Instant at = Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
    return Subscription.daily(key, "C-" + key.teamId(), at.atZone(BOGOTA).toLocalTime(), BOGOTA);
  }

  /** The instant a schedule's time falls on next (after now), in its zone. */
  static Instant nextAt(Subscription s) {
    ZonedDateTime today = ZonedDateTime.of(LocalDate.now(s.zone()), s.time(), s.zone());
    return (today.toInstant().isAfter(Instant.now()) ? today : today.plusDays(1)).toInstant();
  }

  RunResult nextResult() throws InterruptedException {
    RunResult r = results.poll(30, TimeUnit.SECONDS);
    assertNotNull(r, "no digest run within 30 s");
    return r;
  }

  /** Adds (id 0) or changes a subscription; remembers TEAM's id in {@link #sub}. */
  Subscription save(Subscription s) {
    Subscription saved = s;
    if (s.id() == 0) {
      saved = schedules.insert(s, Instant.now(), Subscriptions.MAX_PER_WORKSPACE).orElseThrow();
    } else {
      assertTrue(schedules.update(s, Instant.now()));
    }
    if (saved.workspace().equals(TEAM)) {
      sub = saved.id();
    }
    return saved;
  }

  @Test
  void aDigestScheduledAMomentAheadPostsOnceWithTheRightNumbers() throws Exception {
    QuartzDigestScheduler scheduler = newScheduler();
    Subscription s = aMomentAhead(TEAM, 3);
    Instant at = nextAt(s);
    s = save(s);
    scheduler.start();

    assertEquals(at, scheduler.nextRun(sub).orElseThrow());
    RunResult r = nextResult();
    scheduler.shutdown(true);

    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(1, poster.digests.size());
    DigestMessage m = poster.digests.get(0);
    assertEquals(DigestRunner.dayOf(at, BOGOTA), m.day());
    assertEquals(42, m.totals().current().clicks());
    assertEquals(40, m.totals().previous().clicks());
    assertEquals("C-T0001", m.channelId());
    assertTrue(results.isEmpty());
    assertEquals(State.POSTED, log.find(TEAM, DeliveryLog.slack(sub), m.day()).orElseThrow().state());
  }

  @Test
  void aSlackRateLimitOnTheFirstPostIsWaitedOutAndDeliveredOnce() throws Exception {
    poster.then(new PostOutcome.RateLimited(Duration.ofSeconds(1))).then(new PostOutcome.Posted("9.9"));
    QuartzDigestScheduler scheduler = newScheduler();
    scheduler.start();
    Subscription s = aMomentAhead(TEAM, 2);
    s = save(s);
    scheduler.schedule(s);

    RunResult r = nextResult();
    scheduler.shutdown(true);

    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
    assertEquals(2, poster.attempts.size());
    assertEquals(1, poster.digests.size());
  }

  @Test
  void sendNowDoesNotBlockTheScheduledRun() throws Exception {
    QuartzDigestScheduler scheduler = newScheduler();
    scheduler.start();
    Subscription s = aMomentAhead(TEAM, 2);
    s = save(s);

    RunResult now = runner.sendNow(TEAM, sub);
    scheduler.schedule(s);
    RunResult scheduled = nextResult();

    assertEquals(DigestOutcome.POSTED, now.outcome());
    assertEquals(DigestOutcome.POSTED, scheduled.outcome());
    assertEquals(2, poster.digests.size());
    assertTrue(poster.digests.get(0).sendNow());
    assertFalse(poster.digests.get(1).sendNow());
  }

  @Test
  void aRestartKeepsTheScheduleAndDoesNotShiftIt() throws Exception {
    Subscription s = Subscription.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA);
    s = save(s);
    QuartzDigestScheduler first = newScheduler();
    first.start();
    Instant next = first.nextRun(sub).orElseThrow();
    Date builtAt = first.quartz().getTrigger(QuartzDigestScheduler.triggerKey(sub)).getStartTime();
    first.shutdown(true);

    QuartzDigestScheduler second = newScheduler();
    second.start();

    assertEquals(nextAt(s), next);
    assertEquals(next, second.nextRun(sub).orElseThrow());
    assertEquals(builtAt, second.quartz().getTrigger(QuartzDigestScheduler.triggerKey(sub)).getStartTime());
    second.shutdown(true);

    Subscription later = s.withTime(LocalTime.of(9, 15));
    later = save(later);
    QuartzDigestScheduler third = newScheduler();
    third.start();

    assertEquals(nextAt(later), third.nextRun(sub).orElseThrow());
  }

  @Test
  void aRunMissedWhileDownFiresAfterTheRestartForItsOwnDay() throws Exception {
    Instant missed = missedRun(Duration.ofHours(1));

    QuartzDigestScheduler restarted = newScheduler();
    restarted.start();
    RunResult r = nextResult();

    assertEquals(DigestOutcome.POSTED, r.outcome());
    assertEquals(DigestRunner.dayOf(missed, BOGOTA), poster.digests.get(0).day());
    assertEquals(missed.plus(Duration.ofDays(1)), restarted.nextRun(sub).orElseThrow());
  }

  @Test
  void aDigestWhoseInstanceDiedWhileFetchingIsFiredAgainAndLooksAgainWhenItsClaimGoesStale() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    reader = new FakeClickReader()
        .then(p -> {
          reading.countDown();
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return TestTotals.stored(42, 40);
        })
        .then(p -> TestTotals.stored(42, 40));
    Subscription s = aMomentAhead(TEAM, 2);
    Instant firesAt = nextAt(s);
    s = save(s);
    QuartzDigestScheduler dying = newScheduler();
    dying.start();
    try {
      assertTrue(reading.await(30, TimeUnit.SECONDS), "the digest fired and is reading the day's clicks");
      dying.quartz().shutdown(false); // the process dies here: its run never completes

      QuartzDigestScheduler survivor = newScheduler();
      survivor.start();
      RunResult recovered = nextResult();

      assertEquals(DigestOutcome.ALREADY_CLAIMED, recovered.outcome(), "Quartz fired the dead instance's job again");
      assertEquals(DigestRunner.dayOf(firesAt, BOGOTA), recovered.day(), "for the day of its original time");
      Instant claimedAt = log.find(TEAM, DeliveryLog.slack(sub), recovered.day()).orElseThrow().claimedAt();
      Trigger look = survivor.quartz().getTrigger(QuartzDigestScheduler.retryKey(sub, firesAt, 1));
      assertNotNull(look, "a firing that looks again once the claim is stale");
      assertEquals(claimedAt.plus(DeliveryLog.STALE_CLAIM).plus(DigestRunner.STALE_CHECK_MARGIN)
          .truncatedTo(ChronoUnit.MILLIS), look.getStartTime().toInstant());
    } finally {
      release.countDown();
    }
    // The "dead" run was only frozen: let go, it still owns its claim and posts, once.
    assertTrue(poster.posted.tryAcquire(30, TimeUnit.SECONDS));
    assertEquals(1, poster.digests.size());
  }

  @Test
  void aRunMissedLongerThanTheMisfireWindowIsSkippedAndNoted() throws Exception {
    Instant missed = missedRun(Duration.ofHours(8));

    QuartzDigestScheduler restarted = newScheduler();
    restarted.start();
    RunResult r = nextResult();

    assertEquals(DigestOutcome.MISSED, r.outcome());
    assertEquals(0, poster.attempts.size());
    LastRun last = schedules.lastRun(sub).orElseThrow();
    assertEquals(DigestOutcome.MISSED, last.outcome());
    assertEquals(DigestRunner.dayOf(missed, BOGOTA), last.day());
  }

  /** Schedules a digest, stops, and moves its stored next fire time {@code ago} into the past (as if down). */
  private Instant missedRun(Duration ago) throws Exception {
    Instant missed = Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
    Subscription s = Subscription.daily(TEAM, "C1", missed.atZone(BOGOTA).toLocalTime(), BOGOTA);
    s = save(s);
    QuartzDigestScheduler before = newScheduler();
    before.schedule(s);
    before.shutdown(true);
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ? AND TRIGGER_GROUP = ?")) {
      ps.setLong(1, missed.toEpochMilli());
      ps.setString(2, QuartzDigestScheduler.triggerKey(sub).getName());
      ps.setString(3, QuartzDigestScheduler.GROUP);
      assertEquals(1, ps.executeUpdate());
    }
    return missed;
  }

  @Test
  void aTransientWolkvoxFailureIsRetriedByAStoredOneShotTrigger() throws Exception {
    reader = new FakeClickReader().then(FakeClickReader.failing(Kind.SERVER_ERROR))
        .then(p -> TestTotals.stored(5, 1));
    QuartzDigestScheduler scheduler = newScheduler();
    scheduler.start();
    Subscription s = aMomentAhead(TEAM, 2);
    Instant at = nextAt(s);
    LocalDate day = DigestRunner.dayOf(at, BOGOTA);
    s = save(s);
    scheduler.schedule(s);

    RunResult first = nextResult();
    List<Instant> pending = scheduler.pendingRetries(sub);
    Trigger retry = scheduler.quartz().getTrigger(QuartzDigestScheduler.retryKey(sub, at, 1));

    assertEquals(DigestOutcome.RETRY_SCHEDULED, first.outcome());
    assertEquals(1, pending.size());
    assertTrue(pending.get(0).isAfter(at) && !pending.get(0).isAfter(Instant.now().plusSeconds(2)), pending::toString);
    assertNotNull(retry);
    assertEquals(Long.toString(at.toEpochMilli()), retry.getJobDataMap().getString(DigestJob.DIGEST_TIME));
    assertEquals(State.RETRYABLE, log.find(TEAM, DeliveryLog.slack(sub), day).orElseThrow().state());

    RunResult second = nextResult();
    scheduler.shutdown(true);

    assertEquals(DigestOutcome.POSTED, second.outcome());
    assertEquals(1, poster.digests.size());
    assertEquals(day, poster.digests.get(0).day());
    assertEquals(5, poster.digests.get(0).totals().current().clicks());
    assertEquals(2, log.find(TEAM, DeliveryLog.slack(sub), day).orElseThrow().attempts());
    assertEquals(0, retryTriggersStored());
    assertTrue(results.isEmpty());
  }

  private int retryTriggersStored() throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = ?")) {
      ps.setString(1, QuartzDigestScheduler.RETRY_GROUP);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Test
  void anArchivedChannelTurnsTheDigestOffAndRemovesItsTrigger() throws Exception {
    poster.then(new PostOutcome.ChannelGone("is_archived"));
    QuartzDigestScheduler scheduler = newScheduler();
    scheduler.start();
    Subscription s = aMomentAhead(TEAM, 2);
    s = save(s);
    scheduler.schedule(s);

    RunResult r = nextResult();

    assertEquals(DigestOutcome.CHANNEL_GONE, r.outcome());
    assertTrue(scheduler.nextRun(sub).isEmpty());
    assertFalse(schedules.find(sub).orElseThrow().enabled());
  }

  @Test
  void notInChannelIsReportedAndTheDigestStaysOn() throws Exception {
    poster.then(new PostOutcome.NotInChannel());
    QuartzDigestScheduler scheduler = newScheduler();
    scheduler.start();
    Subscription s = aMomentAhead(TEAM, 2);
    s = save(s);
    scheduler.schedule(s);

    RunResult r = nextResult();

    assertEquals(DigestOutcome.NOT_IN_CHANNEL, r.outcome());
    assertEquals("digest.outcome.not_in_channel", schedules.lastRun(sub).orElseThrow().messageKey());
    assertEquals(nextAt(s), scheduler.nextRun(sub).orElseThrow());
  }

  @Test
  void reschedulingAChangedTimeFollowsDaylightSavingInTheReportZone() throws Exception {
    QuartzDigestScheduler scheduler = newScheduler();
    Subscription eight = Subscription.daily(TEAM, "C1", LocalTime.of(8, 0), SANTIAGO);
    eight = save(eight);
    scheduler.schedule(eight);

    // Santiago moves from UTC-4 to UTC-3 at midnight starting 6 September 2026.
    assertEquals(
        List.of("2026-09-05T12:00:00Z", "2026-09-06T11:00:00Z", "2026-09-07T11:00:00Z"),
        fireTimesAfter(scheduler, "2026-09-05T00:00:00Z", 3));
    Date builtAt = scheduler.quartz().getTrigger(QuartzDigestScheduler.triggerKey(sub)).getStartTime();

    scheduler.schedule(eight);
    assertEquals(builtAt, scheduler.quartz().getTrigger(QuartzDigestScheduler.triggerKey(sub)).getStartTime());

    Subscription halfPastNine = eight.withTime(LocalTime.of(9, 30));
    halfPastNine = save(halfPastNine);
    scheduler.schedule(halfPastNine);

    assertEquals(
        List.of("2026-09-05T13:30:00Z", "2026-09-06T12:30:00Z", "2026-09-07T12:30:00Z"),
        fireTimesAfter(scheduler, "2026-09-05T00:00:00Z", 3));
    // ...and back from UTC-3 to UTC-4 at midnight ending 4 April 2026.
    assertEquals(
        List.of("2026-04-04T12:30:00Z", "2026-04-05T13:30:00Z"),
        fireTimesAfter(scheduler, "2026-04-04T00:00:00Z", 2));
    assertEquals(nextAt(halfPastNine), scheduler.nextRun(sub).orElseThrow());
  }

  private List<String> fireTimesAfter(QuartzDigestScheduler s, String from, int n) throws Exception {
    // The stored trigger (cron, zone), started early enough to ask about past dates.
    Trigger t = s.quartz().getTrigger(QuartzDigestScheduler.triggerKey(sub)).getTriggerBuilder()
        .startAt(new Date(0)).build();
    List<String> out = new ArrayList<>();
    Date d = Date.from(Instant.parse(from));
    for (int i = 0; i < n; i++) {
      d = t.getFireTimeAfter(d);
      out.add(d.toInstant().toString());
    }
    return out;
  }

  @Test
  void turningTheDigestOffRemovesItsTriggerAndAStartRemovesTriggersOfDigestsTurnedOff() throws Exception {
    Subscription s = Subscription.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA);
    WorkspaceKey other = new WorkspaceKey("E1", "T0002");
    Subscription o = Subscription.daily(other, "C2", LocalTime.of(7, 0), BOGOTA);
    s = save(s);
    o = save(o);
    QuartzDigestScheduler first = newScheduler();
    first.start();
    assertTrue(first.nextRun(o.id()).isPresent());

    first.schedule(s.withEnabled(false));
    assertTrue(first.nextRun(sub).isEmpty());
    first.shutdown(true);

    save(o.withEnabled(false));
    QuartzDigestScheduler second = newScheduler();
    second.start();
    assertTrue(second.nextRun(o.id()).isEmpty());
  }

  @Test
  void aRunThatThrowsIsCaughtAndTheSchedulerKeepsGoing() throws Exception {
    HikariDataSource gone = TestDatabases.h2();
    gone.close();
    DigestRunner failing = new DigestRunner(new DigestStores(new SubscriptionStore(gone), log, settings), reader,
        poster,
        new DigestTiming(DigestSettings.DEFAULTS, QUICK_RETRIES, sleeper, Clock.systemUTC()));
    QuartzDigestScheduler scheduler = newScheduler(failing);
    scheduler.start();
    Subscription s = aMomentAhead(TEAM, 2);
    Instant at = nextAt(s);
    s = save(s);
    scheduler.schedule(s);

    RunResult r = nextResult();

    assertEquals(DigestOutcome.FAILED, r.outcome());
    assertTrue(scheduler.isHealthy());
    assertEquals(at.plus(Duration.ofDays(1)), scheduler.nextRun(sub).orElseThrow());
    assertEquals(0, poster.attempts.size());
  }

  @Test
  void twoSubscriptionsDueAtTheSameMinuteArePostedOnceEach() throws Exception {
    QuartzDigestScheduler scheduler = newScheduler();
    scheduler.start();
    Subscription daily = aMomentAhead(TEAM, 3);
    LocalDate today = nextAt(daily).atZone(BOGOTA).toLocalDate();
    // Beside it, a weekly one on today's weekday at the same time, to another channel.
    Subscription weekly = new Subscription(0, TEAM, "C-WEEKLY", Cadence.WEEKLY, daily.time(),
        java.util.Set.of(today.getDayOfWeek()), 0, BOGOTA, null, null, null, true);
    daily = save(daily);
    weekly = save(weekly);
    scheduler.schedule(daily);
    scheduler.schedule(weekly);

    RunResult one = nextResult();
    RunResult two = nextResult();
    assertNull(results.poll(3, TimeUnit.SECONDS), "no third run");
    scheduler.shutdown(true);

    assertEquals(DigestOutcome.POSTED, one.outcome());
    assertEquals(DigestOutcome.POSTED, two.outcome());
    assertEquals(2, poster.attempts.size());
    java.util.Map<String, DigestMessage> byChannel = new java.util.HashMap<>();
    poster.digests.forEach(m -> byChannel.put(m.channelId(), m));
    assertEquals(java.util.Set.of("C-T0001", "C-WEEKLY"), byChannel.keySet());
    assertEquals(today.minusDays(1), byChannel.get("C-T0001").day());
    assertEquals(Cadence.WEEKLY, byChannel.get("C-WEEKLY").cadence());
    assertEquals(today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
        .minusWeeks(1), byChannel.get("C-WEEKLY").day(), "last week's Monday");
    assertEquals(State.POSTED, log.find(TEAM, DeliveryLog.slack(daily.id()), today.minusDays(1)).orElseThrow()
        .state());
    assertEquals(State.POSTED, log.find(TEAM, DeliveryLog.slack(weekly.id()), byChannel.get("C-WEEKLY").day())
        .orElseThrow().state());
  }

  @Test
  void aStartRemovesTheOldPerWorkspaceDigestTrigger() throws Exception {
    QuartzDigestScheduler before = newScheduler();
    org.quartz.JobDetail old = org.quartz.JobBuilder.newJob(DigestJob.class)
        .withIdentity(new org.quartz.JobKey(TEAM.teamId(), QuartzDigestScheduler.GROUP)).storeDurably().build();
    before.quartz().addJob(old, false);
    before.shutdown(true);
    Subscription s = save(Subscription.daily(TEAM, "C1", LocalTime.of(8, 0), BOGOTA));

    QuartzDigestScheduler after = newScheduler();
    after.start();

    assertFalse(after.quartz().checkExists(old.getKey()), "the old daily digest's job is gone");
    assertTrue(after.nextRun(s.id()).isPresent(), "its subscription is scheduled instead");
  }

  @Test
  void healthFollowsTheSchedulersLife() {
    QuartzDigestScheduler scheduler = newScheduler();
    assertFalse(scheduler.isHealthy());
    scheduler.start();
    assertTrue(scheduler.isHealthy());
    scheduler.shutdown(true);
    assertFalse(scheduler.isHealthy());
    assertNull(results.poll());
  }
}
