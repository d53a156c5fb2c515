package app.clicks.digest;

import app.clicks.digest.DeliveryLog.State;
import app.clicks.report.Periods;
import app.clicks.report.PeriodPair;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does one digest run without Quartz: picks the day from the scheduled time, claims it in the delivery log, reads
 * the totals through the click store and posts them, and records the result for the App Home.
 */
public final class DigestRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);
  /** How long after a claim goes stale the run that found it looks again. */
  static final Duration STALE_CHECK_MARGIN = Duration.ofMinutes(1);

  private final DigestSettingsStore schedules;
  private final DeliveryLog deliveries;
  private final SettingsStore settings;
  private final ClickReader reader;
  private final DigestPoster poster;
  private final DigestSettings config;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  public DigestRunner(
      DigestSettingsStore schedules,
      DeliveryLog deliveries,
      SettingsStore settings,
      ClickReader reader,
      DigestPoster poster,
      DigestSettings config,
      RetryPolicy policy,
      Sleeper sleeper,
      Clock clock) {
    this.schedules = schedules;
    this.deliveries = deliveries;
    this.settings = settings;
    this.reader = reader;
    this.poster = poster;
    this.config = config;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** The day a digest fired at {@code scheduled} covers: the day before, in {@code zone}. */
  public static LocalDate dayOf(Instant scheduled, ZoneId zone) {
    return scheduled.atZone(zone).toLocalDate().minusDays(1);
  }

  /** That day compared with the day before it: /clicks's "yesterday" as seen the next day in {@code zone}. */
  public static PeriodPair periodsOf(LocalDate day, ZoneId zone) {
    return Periods.yesterday(day.plusDays(1), zone);
  }

  /** A scheduled (or retried) run: posts the day's digest at most once, whatever fires how often. */
  public RunResult run(DigestFiring firing, DigestTriggers triggers) {
    WorkspaceKey key = firing.workspace();
    Optional<DigestSchedule> found = schedules.find(key);
    if (found.isEmpty() || !found.get().enabled()) {
      LOG.info("digest of {} is off; firing ignored", key);
      return new RunResult(key, null, DigestOutcome.OFF, null);
    }
    DigestSchedule schedule = found.get();
    LocalDate day = dayOf(firing.digestTime(), schedule.zone());
    Instant now = clock.instant();
    Duration late = Duration.between(firing.firingTime(), now);
    if (late.compareTo(config.misfireWindow()) > 0) {
      LOG.warn("digest of {} for {} skipped: {} min late (more than {})", key, day, late.toMinutes(),
          DigestSettings.MISFIRE_HOURS);
      return finish(key, day, DigestOutcome.MISSED, "late " + late.toMinutes() + " min");
    }
    DeliveryLog.Claim claim = deliveries.claim(key, DeliveryLog.DAILY, day, firing.instance(), now);
    Instant retryUntil = firing.retryUntil() != null ? firing.retryUntil() : now.plus(policy.horizon());
    if (!claim.claimed()) {
      LOG.info("digest of {} for {} already claimed ({}); this firing stops", key, day, claim.state());
      if (claim.state() == State.CLAIMED) {
        lookAgainWhenStale(key, day, firing.digestTime(), claim, retryUntil, triggers);
      }
      return new RunResult(key, day, DigestOutcome.ALREADY_CLAIMED, claim.state().name());
    }
    if (claim.attempts() > 1) {
      LOG.info("digest of {} for {}: claim {} taken by {}", key, day, claim.attempts(), firing.instance());
    }
    Delivered d;
    try {
      d = deliver(schedule, day, false, firing.digestTime(), claim.attempts(), retryUntil, triggers);
    } catch (RuntimeException e) {
      // Settings or the database failed after the claim: retry rather than leave the day claimed and unsent.
      LOG.error("digest of {} for {} failed after its claim", key, day, e);
      d = retryOrGiveUp(key, day, false, DigestOutcome.FAILED, e.getClass().getSimpleName(), firing.digestTime(),
          claim.attempts(), retryUntil, triggers);
    }
    if (d.state() != null
        && !deliveries.mark(key, DeliveryLog.DAILY, day, claim.attempts(), d.state(), d.ts(), d.detail(),
            clock.instant())) {
      LOG.warn("digest of {} for {}: another run took the claim over; its result stands, not this one's ({})", key,
          day, d.outcome());
      return new RunResult(key, day, DigestOutcome.ALREADY_CLAIMED, "taken over");
    }
    return finish(key, day, d.outcome(), d.detail());
  }

  /**
   * Another run holds the day's claim. If that run died before posting (a crash, a restart), its claim goes stale
   * after {@link DeliveryLog#STALE_CLAIM}: a one-shot firing looks again then, and takes the day over if it is still
   * unposted. (Quartz re-fires a job that was running on an instance that died, which is how such a run comes here.)
   */
  private void lookAgainWhenStale(WorkspaceKey key, LocalDate day, Instant digestTime, DeliveryLog.Claim claim,
      Instant retryUntil, DigestTriggers triggers) {
    Instant at = claim.claimedAt().plus(DeliveryLog.STALE_CLAIM).plus(STALE_CHECK_MARGIN);
    if (at.isAfter(retryUntil)) {
      return;
    }
    triggers.scheduleRetry(key, digestTime, claim.attempts(), at, retryUntil);
    LOG.info("digest of {} for {}: will look again at {} in case the run holding it died", key, day, at);
  }

  /** What a run does once another run has taken its claim over: nothing more (no post, no mark, no retry). */
  private Delivered takenOver(WorkspaceKey key, LocalDate day) {
    LOG.warn("digest of {} for {}: another run took the claim over; this one does not post", key, day);
    return new Delivered(null, DigestOutcome.ALREADY_CLAIMED, null, "taken over");
  }

  /** "Send now": yesterday's digest (by the clock) posted at once; no delivery log, no last-run, no retries. */
  public RunResult sendNow(WorkspaceKey key) {
    Optional<DigestSchedule> found = schedules.find(key);
    if (found.isEmpty()) {
      return new RunResult(key, null, DigestOutcome.OFF, "no digest set");
    }
    DigestSchedule schedule = found.get().withEnabled(true);
    LocalDate day = dayOf(clock.instant(), schedule.zone());
    try {
      Delivered d = deliver(schedule, day, true, clock.instant(), 1, clock.instant(), null);
      return new RunResult(key, day, d.outcome(), d.detail());
    } catch (RuntimeException e) {
      LOG.error("digest send-now of {} failed", key, e);
      return new RunResult(key, day, DigestOutcome.FAILED, e.getClass().getSimpleName());
    }
  }

  /** What a delivery came to: the log state to write (null: none), the outcome, the message ts and a detail. */
  private record Delivered(State state, DigestOutcome outcome, String ts, String detail) {}

  private Delivered deliver(
      DigestSchedule s, LocalDate day, boolean sendNow, Instant digestTime, int attempt, Instant retryUntil,
      DigestTriggers triggers) {
    WorkspaceKey key = s.workspace();
    Optional<WolkvoxConnection> connection = connection(key, s.zone());
    if (connection.isEmpty()) {
      return new Delivered(State.FAILED, DigestOutcome.NOT_CONNECTED, null, null);
    }
    PeriodPair periods = periodsOf(day, s.zone());
    StoredTotals totals;
    try {
      totals = reader.totals(connection.get(), periods, Purpose.DIGEST);
    } catch (WolkvoxException e) {
      return wolkvoxFailed(s, day, sendNow, e, digestTime, attempt, retryUntil, triggers);
    } catch (RuntimeException e) {
      LOG.error("digest of {} for {}: reading the totals failed", key, day, e);
      return retryOrGiveUp(key, day, sendNow, DigestOutcome.FAILED, e.getClass().getSimpleName(), digestTime,
          attempt, retryUntil, triggers);
    }
    if (totals.storeOnly() && !sendNow && policy.nextRetry(attempt, clock.instant(), retryUntil).isPresent()) {
      // Part of the day could not be fetched now: try again before posting what is stored, which may be short.
      LOG.warn("digest of {} for {}: part of the day is stored data only; retrying before posting it", key, day);
      return retryOrGiveUp(key, day, false, DigestOutcome.WOLKVOX_UNAVAILABLE, "stored data only", digestTime,
          attempt, retryUntil, triggers);
    }
    if (totals.current().clicks() == 0) {
      if (s.emptyPolicy() == EmptyPolicy.SKIP && !sendNow) {
        return new Delivered(State.SKIPPED, DigestOutcome.NO_CLICKS_SKIPPED, null, null);
      }
      DigestNote note = new DigestNote(key, s.channelId(), day, s.zone(), DigestNote.Kind.NO_CLICKS);
      return posted(s, day, sendNow, () -> poster.postNote(note), DigestOutcome.NO_CLICKS_NOTE, digestTime,
          attempt, retryUntil, triggers);
    }
    DigestMessage message = new DigestMessage(key, s.channelId(), day, s.zone(), periods, totals, sendNow);
    return posted(s, day, sendNow, () -> poster.postDigest(message), DigestOutcome.POSTED, digestTime, attempt,
        retryUntil, triggers);
  }

  private Delivered posted(
      DigestSchedule s, LocalDate day, boolean sendNow, Supplier<PostOutcome> post, DigestOutcome success,
      Instant digestTime, int attempt, Instant retryUntil, DigestTriggers triggers) {
    WorkspaceKey key = s.workspace();
    if (!sendNow && !deliveries.startPosting(key, DeliveryLog.DAILY, day, attempt, clock.instant())) {
      return takenOver(key, day);
    }
    PostOutcome outcome = postWaitingOutRateLimits(key, post);
    if (outcome instanceof PostOutcome.Posted p) {
      LOG.info("digest of {} for {} posted to {} ({})", key, day, s.channelId(), success);
      return new Delivered(State.POSTED, success, p.ts(), null);
    }
    if (outcome instanceof PostOutcome.NotInChannel) {
      LOG.warn("digest of {} for {}: not_in_channel {}", key, day, s.channelId());
      return new Delivered(State.FAILED, DigestOutcome.NOT_IN_CHANNEL, null, s.channelId());
    }
    if (outcome instanceof PostOutcome.ChannelGone g) {
      LOG.warn("digest of {} for {}: channel {} gone ({})", key, day, s.channelId(), g.error());
      if (!sendNow) {
        schedules.disable(key, clock.instant());
        triggers.unschedule(key);
      }
      return new Delivered(State.FAILED, DigestOutcome.CHANNEL_GONE, null, g.error());
    }
    if (outcome instanceof PostOutcome.RateLimited r) {
      return retryOrGiveUp(key, day, sendNow, DigestOutcome.POST_FAILED, "ratelimited", digestTime, attempt,
          retryUntil, triggers);
    }
    if (outcome instanceof PostOutcome.Unclear u) {
      LOG.warn("digest of {} for {}: outcome unclear ({}); not posted again", key, day, u.detail());
      return new Delivered(State.UNKNOWN, DigestOutcome.UNCLEAR, null, u.detail());
    }
    String error = ((PostOutcome.OtherFailure) outcome).error();
    LOG.warn("digest of {} for {}: Slack answered {}", key, day, error);
    return new Delivered(State.FAILED, DigestOutcome.POST_FAILED, null, error);
  }

  /** Posts, waiting out Slack's Retry-After a bounded number of times; a thrown exception counts as unclear. */
  private PostOutcome postWaitingOutRateLimits(WorkspaceKey key, Supplier<PostOutcome> post) {
    for (int tries = 0; ; tries++) {
      PostOutcome outcome;
      try {
        outcome = post.get();
      } catch (RuntimeException e) {
        LOG.error("digest of {}: posting threw", key, e);
        return new PostOutcome.Unclear(e.getClass().getSimpleName());
      }
      if (outcome == null) {
        return new PostOutcome.Unclear("no answer");
      }
      if (!(outcome instanceof PostOutcome.RateLimited r)
          || tries >= policy.rateLimitRetries()
          || r.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
        return outcome;
      }
      Duration wait = r.retryAfter().isNegative() ? Duration.ZERO : r.retryAfter();
      LOG.info("digest of {}: Slack rate limit, waiting {} s", key, wait.toSeconds());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
    }
  }

  private Delivered wolkvoxFailed(
      DigestSchedule s, LocalDate day, boolean sendNow, WolkvoxException e, Instant digestTime, int attempt,
      Instant retryUntil, DigestTriggers triggers) {
    WorkspaceKey key = s.workspace();
    LOG.warn("digest of {} for {}: wolkvox {} ({})", key, day, e.kind(), e.getMessage());
    if (e.kind().isTransient()) {
      return retryOrGiveUp(key, day, sendNow, DigestOutcome.WOLKVOX_UNAVAILABLE, e.kind().name(), digestTime,
          attempt, retryUntil, triggers);
    }
    DigestNote.Kind note = switch (e.kind()) {
      case TOKEN_REJECTED -> DigestNote.Kind.TOKEN_REJECTED;
      case QUOTA_EXCEEDED -> DigestNote.Kind.QUOTA_EXCEEDED;
      default -> null;
    };
    if (note == null) {
      return new Delivered(State.FAILED, DigestOutcome.WOLKVOX_FAILED, null, e.kind().name());
    }
    if (!sendNow) {
      if (!deliveries.startPosting(key, DeliveryLog.DAILY, day, attempt, clock.instant())) {
        return takenOver(key, day);
      }
      PostOutcome posted =
          postWaitingOutRateLimits(key, () -> poster.postNote(new DigestNote(key, s.channelId(), day, s.zone(), note)));
      LOG.info("digest of {} for {}: {} note {}", key, day, note, posted.getClass().getSimpleName());
    }
    DigestOutcome outcome =
        note == DigestNote.Kind.TOKEN_REJECTED ? DigestOutcome.TOKEN_REJECTED : DigestOutcome.QUOTA_EXCEEDED;
    return new Delivered(State.FAILED, outcome, null, e.kind().name());
  }

  private Delivered retryOrGiveUp(
      WorkspaceKey key, LocalDate day, boolean sendNow, DigestOutcome givenUp, String detail, Instant digestTime,
      int attempt, Instant retryUntil, DigestTriggers triggers) {
    if (sendNow) {
      return new Delivered(null, givenUp, null, detail);
    }
    Optional<Instant> at = policy.nextRetry(attempt, clock.instant(), retryUntil);
    if (at.isEmpty()) {
      LOG.warn("digest of {} for {}: giving up after {} attempts ({})", key, day, attempt, detail);
      return new Delivered(State.FAILED, givenUp, null, detail);
    }
    if (!deliveries.mark(key, DeliveryLog.DAILY, day, attempt, State.RETRYABLE, null, detail, clock.instant())) {
      return takenOver(key, day);
    }
    triggers.scheduleRetry(key, digestTime, attempt, at.get(), retryUntil);
    LOG.info("digest of {} for {}: retry {} at {} ({})", key, day, attempt, at.get(), detail);
    return new Delivered(null, DigestOutcome.RETRY_SCHEDULED, null, at.get().toString());
  }

  private Optional<WolkvoxConnection> connection(WorkspaceKey key, ZoneId zone) {
    Optional<WorkspaceSettings> ws = settings.find(key);
    if (ws.isEmpty()
        || ws.get().tokenState() != WorkspaceSettings.TokenState.OK
        || ws.get().token() == null
        || !WolkvoxConnection.isValidServerId(ws.get().serverId())) {
      LOG.warn("digest of {}: wolkvox is not connected", key);
      return Optional.empty();
    }
    return Optional.of(new WolkvoxConnection(ws.get().serverId(), ws.get().token(), zone));
  }

  private RunResult finish(WorkspaceKey key, LocalDate day, DigestOutcome outcome, String detail) {
    if (outcome.stored()) {
      schedules.recordLastRun(key, LastRun.of(clock.instant(), day, outcome, detail));
    }
    return new RunResult(key, day, outcome, detail);
  }
}
