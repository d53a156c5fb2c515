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
    if (!claim.claimed() && claim.state() == State.POSTED) {
      new ScheduledRun(context, schedule, day, firing, claim.attempts(), retryUntil, triggers).chartLeftOver();
    }
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
    if (d.digest() != null) {
      ChartStep.send(this, d.digest(), d.ts(), new LoggedChart());
    }
    return finish(context, key, day, d.outcome(), d.detail());
  }

  /**
   * The chart of a digest posted by an earlier run, when it is still to send: no run tried it (the run died after
   * posting the text), a rate limit outlasted the waits, or a run died while uploading it. The text is not touched.
   */
  private void chartLeftOver() {
    try {
      DeliveryLog log = context.stores().deliveries();
      Optional<DeliveryLog.ChartDelivery> chart = log.findChart(key, DeliveryLog.DAILY, day);
      Optional<DeliveryLog.Delivery> row = log.find(key, DeliveryLog.DAILY, day);
      if (chart.isEmpty() || row.isEmpty() || row.get().messageTs() == null || !pending(chart.get())) {
        return;
      }
      Optional<DigestMessage> digest = digestAgain();
      if (digest.isPresent()) {
        LOG.info("digest of {} for {}: its chart is still to send", key, day);
        ChartStep.send(this, digest.get(), row.get().messageTs(), new LoggedChart());
      }
    } catch (Exception e) {
      LOG.warn("digest of {} for {}: the chart left to send could not be sent ({})", key, day,
          e.getClass().getSimpleName());
    }
  }

  private boolean pending(DeliveryLog.ChartDelivery chart) {
    return chart.state() == null || chart.state() == DeliveryLog.ChartState.RETRYABLE
        || (chart.state() == DeliveryLog.ChartState.UPLOADING
            && !chart.updatedAt().plus(DeliveryLog.STALE_CLAIM).isAfter(context.now()));
  }

  /** The chart's claim in the delivery log; a chart left RETRYABLE gets a retry trigger of its own. */
  private final class LoggedChart implements ChartStep.Claims {
    /** Chart retries' trigger numbers, apart from the text's. */
    static final int RETRY_BASE = 100;

    @Override
    public Optional<Integer> claim() {
      return context.stores().deliveries().claimChart(key, DeliveryLog.DAILY, day, context.now());
    }

    @Override
    public boolean startSharing(int generation) {
      return context.stores().deliveries().startSharingChart(key, DeliveryLog.DAILY, day, generation, context.now());
    }

    @Override
    public void end(int generation, DeliveryLog.ChartState state, String fileId, String detail) {
      DeliveryLog.ChartState written = state;
      Optional<Instant> at = Optional.empty();
      if (state == DeliveryLog.ChartState.RETRYABLE) {
        at = context.retries().nextRetry(generation, context.now(), retryUntil);
        written = at.isPresent() ? state : DeliveryLog.ChartState.FAILED;
      }
      if (!context.stores().deliveries().markChart(key, DeliveryLog.DAILY, day, generation, written, fileId, detail,
          context.now())) {
        return;
      }
      if (at.isPresent()) {
        triggers.scheduleRetry(key, firing.digestTime(), RETRY_BASE + generation, at.get(), retryUntil);
        LOG.info("digest chart of {} for {}: retry at {}", key, day, at.get());
      }
    }
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
