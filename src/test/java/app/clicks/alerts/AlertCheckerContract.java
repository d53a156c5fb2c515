package app.clicks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertDeliveryLog.Kind;
import app.clicks.alerts.AlertFakes.ChoicesFake;
import app.clicks.alerts.AlertFakes.PosterFake;
import app.clicks.alerts.AlertFakes.SleeperFake;
import app.clicks.alerts.AlertStates.Status;
import app.clicks.alerts.CheckResult.Outcome;
import app.clicks.alerts.Finding.AdFacts;
import app.clicks.alerts.Finding.SilenceFacts;
import app.clicks.report.ClickRecord;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickStore;
import app.clicks.store.Purpose;
import app.clicks.store.RecentClicks;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.MutableClock;
import app.clicks.wolkvox.WolkvoxException;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alert check for real: the click store on a migrated database, syncing from a wolkvox stand-in, the alert
 * tables, and a fake poster. Run on H2 and on PostgreSQL.
 */
abstract class AlertCheckerContract {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** Monday 2026-11-23 10:00 in Bogota. */
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final AlertSettings SILENCE_1H = new AlertSettings(TEAM, "C0ALERTS", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
      EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 1), AlertSettings.Drop.DEFAULT,
      AlertSettings.AdStopped.DEFAULT);

  HikariDataSource db;
  final FakeSettingsStore settings = FakeSettingsStore.connected(TEAM);
  final ChoicesFake choices = new ChoicesFake();
  final PosterFake poster = new PosterFake();
  /** Teams' side, connected. */
  final PosterFake teams = new PosterFake();
  final SleeperFake sleeper = new SleeperFake();
  final MutableClock clock = new MutableClock(NOW);
  /** A wolkvox with 5 clicks yesterday evening and none today. */
  final FakeClickSource wolkvox = new FakeClickSource().add(FakeClickSource.chats(5, NOW.minus(Duration.ofHours(19))));
  AlertSettingsStore rules;
  AlertDeliveryLog log;
  AlertStates states;

  abstract HikariDataSource database();

  @BeforeEach
  void setUp() {
    db = database();
    rules = new AlertSettingsStore(db);
    log = new AlertDeliveryLog(db);
    states = new AlertStates(db);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  AlertChecker checker(StoreSettings store, java.time.Clock clock) {
    ClickStore clicks = new ClickStore(db, wolkvox, store, clock);
    return new AlertChecker(new AlertChecker.Stores(rules, states, log, settings, choices),
        new AlertChecker.Reading(clicks, new RecentClicks(db),
            c -> clicks.callsToday(c) >= store.budgetFor(Purpose.ALERTS)),
        new AlertChecker.Posting(poster, teams, sleeper, 3, Duration.ofSeconds(60)), clock);
  }

  AlertChecker checker() {
    return checker(StoreSettings.DEFAULTS, clock);
  }

  CheckResult checkAfter(AlertChecker checker, Duration wait) {
    clock.advance(wait);
    return checker.check(TEAM, "i1");
  }

  @Test
  void silenceIsRaisedOnceByTheSecondCheckAndBackToNormalRepliesInItsThread() {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    AlertChecker checker = checker();

    CheckResult first = checker.check(TEAM, "i1");
    assertEquals(Outcome.CHECKED, first.outcome());
    assertEquals(List.of(), first.posted(), "one check seeing silence only suspects it");
    assertEquals(1, wolkvox.requests.get(), "today and the 7 days before in one request");
    assertEquals(Status.SUSPECT, states.all(TEAM).get(0).status());

    CheckResult second = checkAfter(checker, Duration.ofMinutes(1));
    assertEquals(List.of("ALERT SILENCE"), second.posted());
    assertEquals(1, wolkvox.requests.get(), "no wolkvox request while the open day is fresh");
    AlertMessage alert = poster.posted.get(0);
    assertEquals("C0ALERTS", alert.channelId());
    SilenceFacts facts = (SilenceFacts) alert.facts();
    assertEquals(NOW.minus(Duration.ofHours(19)), facts.since());
    assertEquals(Duration.ofHours(19).plusMinutes(1), facts.quietFor());

    for (int i = 0; i < 3; i++) {
      assertEquals(List.of(), checkAfter(checker, Duration.ofMinutes(3)).posted(), "no second alert");
    }
    assertEquals(1, poster.posted.size());
    assertTrue(wolkvox.requests.get() <= 3, "at most one request per check, none within 5 minutes of the last");

    wolkvox.add(FakeClickSource.chats(2, clock.instant().minusSeconds(60)));
    CheckResult back = checkAfter(checker, Duration.ofMinutes(3));
    assertEquals(List.of("RECOVERY SILENCE"), back.posted());
    AlertMessage recovery = poster.posted.get(1);
    assertEquals("ts-1", recovery.threadTs(), "in the alert's thread");
    assertEquals(Status.QUIET, states.all(TEAM).get(0).status());
    assertEquals(List.of(), checkAfter(checker, Duration.ofMinutes(6)).posted());
    assertEquals(2, poster.posted.size());
  }

  @Test
  void aRuleFiresAgainAfterRecoveringButAtMostThreeTimesADay() {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    AlertChecker checker = checker();
    int alerts = 0;
    for (int round = 0; round < 5; round++) {
      checkAfter(checker, Duration.ofMinutes(6));
      checkAfter(checker, Duration.ofMinutes(1));
      alerts = poster.of(Kind.ALERT).size();
      wolkvox.add(FakeClickSource.chats(1, clock.instant().minusSeconds(30)));
      checkAfter(checker, Duration.ofMinutes(6));
      clock.advance(Duration.ofMinutes(60));
    }
    assertEquals(3, alerts);
    assertEquals(3, poster.of(Kind.RECOVERY).size(), "a reply only to alerts that went out");
  }

  @Test
  void aCheckThatCannotReadWolkvoxNeverRaisesSilenceAndThreeInARowAreTold() {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    wolkvox.failWith(WolkvoxException.Kind.SERVER_ERROR);
    AlertChecker checker = checker();
    for (int i = 0; i < 4; i++) {
      assertEquals(Outcome.WOLKVOX_FAILED, checkAfter(checker, Duration.ofMinutes(6)).outcome());
    }
    assertEquals(List.of(), poster.posted);
    AlertStatus status = new AlertStatus(rules.find(TEAM), states.all(TEAM), rules.lastCheck(TEAM),
        log.latest(TEAM));
    assertTrue(status.failing());
    assertEquals(4, status.lastCheck().orElseThrow().failedInARow());

    wolkvox.succeed();
    checkAfter(checker, Duration.ofMinutes(6));
    assertEquals(0, rules.lastCheck(TEAM).orElseThrow().failedInARow());
    assertEquals(List.of(), poster.posted, "one good check only suspects");
  }

  @Test
  void aFailedCheckBetweenTwoSilentOnesBreaksTheRow() {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    AlertChecker checker = checker();
    checker.check(TEAM, "i1");
    wolkvox.failWith(WolkvoxException.Kind.SERVER_ERROR);
    assertEquals(Outcome.WOLKVOX_FAILED, checkAfter(checker, Duration.ofMinutes(6)).outcome());
    wolkvox.succeed();
    assertEquals(List.of(), checkAfter(checker, Duration.ofMinutes(6)).posted());
    assertEquals(List.of("ALERT SILENCE"), checkAfter(checker, Duration.ofMinutes(6)).posted());
  }

  @Test
  void whenTheAlertsShareOfTheBudgetIsSpentTheChecksStopAndSaySo() {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    AlertChecker checker = checker(new StoreSettings(2, 5, 1, 400, 1), clock);
    assertEquals(Outcome.CHECKED, checker.check(TEAM, "i1").outcome());
    CheckResult refused = checkAfter(checker, Duration.ofMinutes(6));
    assertEquals(Outcome.BUDGET_SPENT, refused.outcome());
    assertEquals(AlertSettingsStore.CheckOutcome.BUDGET_SPENT, rules.lastCheck(TEAM).orElseThrow().outcome());
    assertEquals(List.of(), poster.posted);
  }

  @Test
  void outsideBusinessHoursNothingIsRead() {
    AlertSettings nights = new AlertSettings(TEAM, "C0ALERTS", LocalTime.of(22, 0), LocalTime.of(6, 0),
        EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 1), AlertSettings.Drop.DEFAULT,
        AlertSettings.AdStopped.DEFAULT);
    rules.save(nights, BOGOTA, "U1", NOW);
    assertEquals(Outcome.OUTSIDE_HOURS, checker().check(TEAM, "i1").outcome());
    assertEquals(0, wolkvox.requests.get());
  }

  @Test
  void anAdThatStoppedIsNamedWithItsLinkOnceAndRecovers() {
    Instant monday = NOW;
    List<ClickRecord> week = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      for (int i = 0; i < 12; i++) {
        week.add(click("ad-big", monday.minus(Duration.ofDays(d)).plusSeconds(60L * i)));
      }
      week.add(click("ad-small", monday.minus(Duration.ofDays(d))));
    }
    week.add(click("ad-big", monday.minus(Duration.ofHours(4))));
    wolkvox.world.clear();
    wolkvox.add(week);
    choices.names.put("ad-big", "Black Friday carousel");
    AlertSettings adRule = new AlertSettings(TEAM, "C0ALERTS", LocalTime.of(6, 0), LocalTime.of(22, 0),
        EnumSet.allOf(DayOfWeek.class), AlertSettings.Silence.DEFAULT, AlertSettings.Drop.DEFAULT,
        new AlertSettings.AdStopped(true, 10, 3));
    rules.save(adRule, BOGOTA, "U1", NOW);
    AlertChecker checker = checker();

    assertEquals(List.of("ALERT AD_STOPPED ad-big"), checker.check(TEAM, "i1").posted());
    AlertMessage m = poster.posted.get(0);
    assertEquals("Black Friday carousel", m.adName());
    AdFacts facts = (AdFacts) m.facts();
    assertEquals("https://fb.me/ad-big", facts.url());
    assertEquals(84, facts.weekClicks());
    assertEquals(List.of(), checkAfter(checker, Duration.ofMinutes(15)).posted());

    wolkvox.add(click("ad-big", clock.instant().minusSeconds(60)));
    assertEquals(List.of("RECOVERY AD_STOPPED ad-big"), checkAfter(checker, Duration.ofMinutes(15)).posted());
  }

  @Test
  void anUnclearPostIsNeverRepeatedAndA429IsWaitedOut() {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    poster.answer = m -> calls.incrementAndGet() == 1 ? new AlertPostOutcome.RateLimited(Duration.ofSeconds(7))
        : new AlertPostOutcome.Unclear("timeout");
    AlertChecker checker = checker();
    checker.check(TEAM, "i1");
    checkAfter(checker, Duration.ofMinutes(1));
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits);
    assertEquals(2, poster.attempts.get());
    for (int i = 0; i < 3; i++) {
      checkAfter(checker, Duration.ofMinutes(6));
    }
    assertEquals(2, poster.attempts.get(), "an unclear alert is not posted again");
    AlertDeliveryLog.Delivery d = log.latest(TEAM).orElseThrow();
    assertEquals(AlertDeliveryLog.State.UNKNOWN, d.state());
    assertNull(d.messageTs());
  }

  @Test
  void twoInstancesCheckingAtOnceSendOneAlert() throws Exception {
    rules.save(SILENCE_1H, BOGOTA, "U1", NOW);
    AlertChecker one = checker();
    AlertChecker two = checker();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) {
        CountDownLatch go = new CountDownLatch(1);
        Future<CheckResult> a = pool.submit(() -> {
          go.await();
          return one.check(TEAM, "one");
        });
        Future<CheckResult> b = pool.submit(() -> {
          go.await();
          return two.check(TEAM, "two");
        });
        go.countDown();
        a.get();
        b.get();
        clock.advance(Duration.ofMinutes(1));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, poster.posted.size(), poster.posted::toString);
    assertFalse(log.latest(TEAM).isEmpty());
  }

  static final AlertSettings SILENCE_BOTH = new AlertSettings(TEAM, "C0ALERTS", LocalTime.MIDNIGHT,
      LocalTime.MIDNIGHT, EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 1),
      AlertSettings.Drop.DEFAULT, AlertSettings.AdStopped.DEFAULT, app.clicks.digest.Destinations.BOTH);

  @Test
  void aTeamsCardWithoutAClearAnswerIsNeverPostedAgainAndGetsNoBackToNormal() {
    rules.save(SILENCE_BOTH, BOGOTA, "U1", NOW);
    teams.answer = m -> new AlertPostOutcome.Unclear("no clear answer");
    AlertChecker checker = checker();
    checker.check(TEAM, "i1");
    assertEquals(List.of("ALERT SILENCE"), checkAfter(checker, Duration.ofMinutes(1)).posted());
    for (int i = 0; i < 3; i++) {
      checkAfter(checker, Duration.ofMinutes(6));
    }
    assertEquals(1, teams.attempts.get(), "an unclear card is not posted again");
    wolkvox.add(FakeClickSource.chats(2, clock.instant().minusSeconds(60)));
    assertEquals(List.of("RECOVERY SILENCE"), checkAfter(checker, Duration.ofMinutes(6)).posted());
    assertEquals(1, teams.attempts.get());
    assertNull(teams.posted.stream().filter(m -> m.kind() == Kind.RECOVERY).findAny().orElse(null));
  }

  @Test
  void aTeamsCardNeverTakenIsTriedAtMostFourTimes() {
    rules.save(SILENCE_BOTH, BOGOTA, "U1", NOW);
    teams.answer = m -> new AlertPostOutcome.RetryLater("HTTP 503");
    AlertChecker checker = checker();
    checker.check(TEAM, "i1");
    for (int i = 0; i < 8; i++) {
      checkAfter(checker, Duration.ofMinutes(6));
    }
    assertEquals(AlertChecker.MAX_TRIES, teams.attempts.get());
    AlertDeliveryLog.Delivery d = log.find(new AlertDeliveryLog.Key(TEAM, AlertRule.SILENCE, "",
        clock.instant().atZone(BOGOTA).toLocalDate(), 1, Kind.ALERT, AlertDeliveryLog.Destination.TEAMS)).orElseThrow();
    assertEquals(AlertDeliveryLog.State.FAILED, d.state());
    assertEquals("HTTP 503; 4 tries", d.detail());
    assertEquals(1, poster.posted.size(), "the Slack channel got its alert once");
  }

  static ClickRecord click(String ad, Instant at) {
    String rawDate = java.time.LocalDateTime.ofInstant(at, BOGOTA).toString().replace('T', ' ');
    return new ClickRecord("https://fb.me/" + ad, "ad", ad, "chat-" + ad + at.toEpochMilli(), "rp", "agent", "image",
        "", at, rawDate, "1");
  }
}
