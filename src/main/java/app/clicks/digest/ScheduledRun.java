package app.clicks.digest;

import app.clicks.digest.DeliveryLog.State;
import app.clicks.settings.WorkspaceKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A scheduled (or retried) digest run: claims its day in the delivery log before anything else, so that the day's
 * digest is posted at most once whatever fires how often; retries what may pass; records how it went for the App
 * Home. It holds the claim's generation and writes to the log only while the claim is still its own.
 */
final class ScheduledRun extends DigestRun {
  private final DigestFiring firing;
  /** The claim's generation (its attempt number in the delivery log). */
  private final int attempt;
  private final Instant retryUntil;
  private final DigestTriggers triggers;

  private ScheduledRun(RunContext context, DigestSchedule schedule, LocalDate day, DigestFiring firing, int attempt,
      Instant retryUntil, DigestTriggers triggers) {
    super(context, schedule, day);
    this.firing = firing;
    this.attempt = attempt;
    this.retryUntil = retryUntil;
    this.triggers = triggers;
  }

  /** Runs the firing: off, missed, already claimed, or claimed and delivered. */
  static RunResult run(RunContext context, DigestFiring firing, DigestTriggers triggers) {
    WorkspaceKey key = firing.workspace();
    Optional<DigestSchedule> found = context.stores().schedules().find(key);
    if (found.isEmpty() || !found.get().enabled()) {
      LOG.info("digest of {} is off; firing ignored", key);
      return new RunResult(key, null, DigestOutcome.OFF, null);
    }
    DigestSchedule schedule = found.get();
    LocalDate day = DigestRunner.dayOf(firing.digestTime(), schedule.zone());
    Instant now = context.now();
    Duration late = Duration.between(firing.firingTime(), now);
    if (late.compareTo(context.timing().config().misfireWindow()) > 0) {
      LOG.warn("digest of {} for {} skipped: {} min late (more than {})", key, day, late.toMinutes(),
          DigestSettings.MISFIRE_HOURS);
      return finish(context, key, day, DigestOutcome.MISSED, "late " + late.toMinutes() + " min");
    }
    DeliveryLog.Claim claim = context.stores().deliveries().claim(key, DeliveryLog.DAILY, day, firing.instance(), now);
    Instant retryUntil = firing.retryUntil() != null ? firing.retryUntil() : now.plus(context.retries().horizon());
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
    return new ScheduledRun(context, schedule, day, firing, claim.attempts(), retryUntil, triggers).deliverClaimed();
  }

  /** Delivers the claimed day and writes where the claim ended, unless another run took it over meanwhile. */
  private RunResult deliverClaimed() {
    Delivered d;
    try {
      d = deliver();
    } catch (RuntimeException e) {
      // Settings or the database failed after the claim: retry rather than leave the day claimed and unsent.
      LOG.error("digest of {} for {} failed after its claim", key, day, e);
      d = retryOrGiveUp(DigestOutcome.FAILED, e.getClass().getSimpleName());
    }
    if (d.state() != null
        && !context.stores().deliveries().mark(key, DeliveryLog.DAILY, day, attempt, d.state(), d.ts(), d.detail(),
            context.now())) {
      LOG.warn("digest of {} for {}: another run took the claim over; its result stands, not this one's ({})", key,
          day, d.outcome());
      return new RunResult(key, day, DigestOutcome.ALREADY_CLAIMED, "taken over");
    }
    return finish(context, key, day, d.outcome(), d.detail());
  }

  /**
   * Another run holds the day's claim. If that run died before posting (a crash, a restart), its claim goes stale
   * after {@link DeliveryLog#STALE_CLAIM}: a one-shot firing looks again then, and takes the day over if it is still
   * unposted. (Quartz re-fires a job that was running on an instance that died, which is how such a run comes here.)
   */
  private static void lookAgainWhenStale(WorkspaceKey key, LocalDate day, Instant digestTime, DeliveryLog.Claim claim,
      Instant retryUntil, DigestTriggers triggers) {
    Instant at = claim.claimedAt().plus(DeliveryLog.STALE_CLAIM).plus(DigestRunner.STALE_CHECK_MARGIN);
    if (at.isAfter(retryUntil)) {
      return;
    }
    triggers.scheduleRetry(key, digestTime, claim.attempts(), at, retryUntil);
    LOG.info("digest of {} for {}: will look again at {} in case the run holding it died", key, day, at);
  }

  /** Records the outcome as the workspace's last run when it is one the App Home shows. */
  private static RunResult finish(RunContext context, WorkspaceKey key, LocalDate day, DigestOutcome outcome,
      String detail) {
    if (outcome.stored()) {
      context.stores().schedules().recordLastRun(key, LastRun.of(context.now(), day, outcome, detail));
    }
    return new RunResult(key, day, outcome, detail);
  }

  @Override
  boolean sendNow() {
    return false;
  }

  @Override
  boolean retriesStoredOnlyDay() {
    return context.retries().nextRetry(attempt, context.now(), retryUntil).isPresent();
  }

  @Override
  boolean honoursEmptyPolicy() {
    return true;
  }

  @Override
  boolean notesWolkvoxRefusals() {
    return true;
  }

  @Override
  boolean startPosting() {
    return context.stores().deliveries().startPosting(key, DeliveryLog.DAILY, day, attempt, context.now());
  }

  @Override
  void channelGone() {
    context.stores().schedules().disable(key, context.now());
    triggers.unschedule(key);
  }

  @Override
  Delivered retryOrGiveUp(DigestOutcome givenUp, String detail) {
    Optional<Instant> at = context.retries().nextRetry(attempt, context.now(), retryUntil);
    if (at.isEmpty()) {
      LOG.warn("digest of {} for {}: giving up after {} attempts ({})", key, day, attempt, detail);
      return new Delivered(State.FAILED, givenUp, null, detail);
    }
    if (!context.stores().deliveries().mark(key, DeliveryLog.DAILY, day, attempt, State.RETRYABLE, null, detail,
        context.now())) {
      return takenOver();
    }
    triggers.scheduleRetry(key, firing.digestTime(), attempt, at.get(), retryUntil);
    LOG.info("digest of {} for {}: retry {} at {} ({})", key, day, attempt, at.get(), detail);
    return new Delivered(null, DigestOutcome.RETRY_SCHEDULED, null, at.get().toString());
  }
}
