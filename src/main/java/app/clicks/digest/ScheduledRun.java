package app.clicks.digest;

import app.clicks.digest.DeliveryLog.State;
import app.clicks.report.PeriodPair;
import app.clicks.settings.WorkspaceKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduled (or retried) run of a subscription: claims its period in the delivery log, for each destination,
 * before anything else, so that the period's digest is posted at most once to each whatever fires how often; retries
 * what may pass (a destination that failed for now is retried alone); records how it went for the App Home. It holds
 * each claim's generation and writes to the log only while the claim is still its own.
 */
final class ScheduledRun extends DigestRun {
  private final DigestFiring firing;
  /** Each claimed destination's generation (its attempt number in the delivery log). */
  private final Map<Destinations, Integer> attempts;
  private final Instant retryUntil;
  private final DigestTriggers triggers;

  private ScheduledRun(RunContext context, Subscription subscription, PeriodPair periods, DigestFiring firing,
      Map<Destinations, Integer> attempts, Instant retryUntil, DigestTriggers triggers) {
    super(context, subscription, periods);
    this.firing = firing;
    this.attempts = attempts;
    this.retryUntil = retryUntil;
    this.triggers = triggers;
  }

  /** Runs the firing: off, missed, already claimed, or claimed and delivered. */
  static RunResult run(RunContext context, DigestFiring firing, DigestTriggers triggers) {
    long id = firing.subscription();
    Optional<Subscription> found = context.stores().subscriptions().find(id);
    if (found.isEmpty() || !found.get().enabled()) {
      LOG.info("digest subscription {} is off or gone; firing ignored", id);
      return new RunResult(found.map(Subscription::workspace).orElse(null), null, DigestOutcome.OFF, null);
    }
    Subscription s = found.get();
    WorkspaceKey key = s.workspace();
    PeriodPair periods = s.periods(firing.digestTime().atZone(s.zone()).toLocalDate());
    LocalDate day = periods.current().firstDay();
    Instant now = context.now();
    Duration late = Duration.between(firing.firingTime(), now);
    if (late.compareTo(context.timing().config().misfireWindow()) > 0) {
      LOG.warn("digest {} of {} for {} skipped: {} min late (more than {})", id, key, day, late.toMinutes(),
          DigestSettings.MISFIRE_HOURS);
      return finish(context, s, day, DigestOutcome.MISSED, "late " + late.toMinutes() + " min");
    }
    DeliveryLog log = context.stores().deliveries();
    Instant retryUntil = firing.retryUntil() != null ? firing.retryUntil() : now.plus(context.retries().horizon());
    Map<Destinations, Integer> claimed = new EnumMap<>(Destinations.class);
    List<String> others = new ArrayList<>();
    boolean chartLeftOver = false;
    for (Destinations leg : legsOf(s)) {
      DeliveryLog.Claim claim = log.claim(key, DeliveryLog.of(id, leg), day, firing.instance(), now);
      if (claim.claimed()) {
        claimed.put(leg, claim.attempts());
        if (claim.attempts() > 1) {
          LOG.info("digest {} of {} for {} ({}): claim {} taken by {}", id, key, day, leg, claim.attempts(),
              firing.instance());
        }
        continue;
      }
      others.add(leg + " " + claim.state());
      chartLeftOver |= leg == Destinations.SLACK && claim.state() == State.POSTED;
      if (claim.state() == State.CLAIMED) {
        lookAgainWhenStale(s, day, firing.digestTime(), claim, retryUntil, triggers);
      }
    }
    ScheduledRun run = new ScheduledRun(context, s, periods, firing, claimed, retryUntil, triggers);
    if (chartLeftOver) {
      run.chartLeftOver();
    }
    if (claimed.isEmpty()) {
      LOG.info("digest {} of {} for {} already claimed ({}); this firing stops", id, key, day, others);
      return new RunResult(key, day, DigestOutcome.ALREADY_CLAIMED, String.join(", ", others));
    }
    return run.deliverClaimed();
  }

  /** Delivers to the claimed destinations and writes where each claim ended, unless another run took it over. */
  private RunResult deliverClaimed() {
    List<Destinations> legs = LEGS.stream().filter(attempts::containsKey).toList();
    Map<Destinations, Delivered> byLeg;
    try {
      byLeg = deliver(legs);
    } catch (RuntimeException e) {
      // Settings or the database failed after the claim: retry rather than leave the period claimed and unsent.
      LOG.error("digest {} of {} for {} failed after its claim", subscription.id(), key, day, e);
      byLeg = new EnumMap<>(Destinations.class);
      for (Destinations leg : legs) {
        byLeg.put(leg, retryOrGiveUp(leg, DigestOutcome.FAILED, e.getClass().getSimpleName()));
      }
    }
    Map<Destinations, Delivered> written = new EnumMap<>(Destinations.class);
    for (Map.Entry<Destinations, Delivered> e : byLeg.entrySet()) {
      Destinations leg = e.getKey();
      Delivered d = e.getValue();
      if (d.state() != null
          && !context.stores().deliveries().mark(key, DeliveryLog.of(subscription.id(), leg), day, attempts.get(leg),
              d.state(), d.ts(), d.detail(), context.now())) {
        LOG.warn("digest {} of {} for {} ({}): another run took the claim over; its result stands, not this one's"
            + " ({})", subscription.id(), key, day, leg, d.outcome());
        d = new Delivered(null, DigestOutcome.ALREADY_CLAIMED, null, "taken over");
      }
      written.put(leg, d);
    }
    Delivered slack = written.get(Destinations.SLACK);
    if (slack != null && slack.digest() != null) {
      ChartStep.send(this, slack.digest(), slack.ts(), new LoggedChart());
    }
    Delivered all = combined(written);
    if (all.outcome() == DigestOutcome.ALREADY_CLAIMED) {
      return new RunResult(key, day, all.outcome(), all.detail());
    }
    return finish(context, subscription, day, all.outcome(), all.detail());
  }

  /**
   * The chart of a digest posted by an earlier run, when it is still to send: no run tried it (the run died after
   * posting the text), a rate limit outlasted the waits, or a run died while uploading it. The text is not touched.
   */
  private void chartLeftOver() {
    try {
      DeliveryLog log = context.stores().deliveries();
      String slack = DeliveryLog.slack(subscription.id());
      Optional<DeliveryLog.ChartDelivery> chart = log.findChart(key, slack, day);
      Optional<DeliveryLog.Delivery> row = log.find(key, slack, day);
      if (chart.isEmpty() || row.isEmpty() || row.get().messageTs() == null || !pending(chart.get())) {
        return;
      }
      Optional<DigestMessage> digest = digestAgain();
      if (digest.isPresent()) {
        LOG.info("digest {} of {} for {}: its chart is still to send", subscription.id(), key, day);
        ChartStep.send(this, digest.get(), row.get().messageTs(), new LoggedChart());
      }
    } catch (Exception e) {
      LOG.warn("digest {} of {} for {}: the chart left to send could not be sent ({})", subscription.id(), key, day,
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

    private String slack() {
      return DeliveryLog.slack(subscription.id());
    }

    @Override
    public Optional<Integer> claim() {
      return context.stores().deliveries().claimChart(key, slack(), day, context.now());
    }

    @Override
    public boolean startSharing(int generation) {
      return context.stores().deliveries().startSharingChart(key, slack(), day, generation, context.now());
    }

    @Override
    public void end(int generation, DeliveryLog.ChartState state, String fileId, String detail) {
      DeliveryLog.ChartState written = state;
      Optional<Instant> at = Optional.empty();
      if (state == DeliveryLog.ChartState.RETRYABLE) {
        at = context.retries().nextRetry(generation, context.now(), retryUntil);
        written = at.isPresent() ? state : DeliveryLog.ChartState.FAILED;
      }
      if (!context.stores().deliveries().markChart(key, slack(), day, generation, written, fileId, detail,
          context.now())) {
        return;
      }
      if (at.isPresent()) {
        triggers.scheduleRetry(subscription.id(), firing.digestTime(), RETRY_BASE + generation, at.get(), retryUntil);
        LOG.info("digest chart {} of {} for {}: retry at {}", subscription.id(), key, day, at.get());
      }
    }
  }

  /**
   * Another run holds the period's claim. If that run died before posting (a crash, a restart), its claim goes stale
   * after {@link DeliveryLog#STALE_CLAIM}: a one-shot firing looks again then, and takes the period over if it is
   * still unposted. (Quartz re-fires a job that was running on an instance that died, which is how such a run comes
   * here.)
   */
  private static void lookAgainWhenStale(Subscription s, LocalDate day, Instant digestTime, DeliveryLog.Claim claim,
      Instant retryUntil, DigestTriggers triggers) {
    Instant at = claim.claimedAt().plus(DeliveryLog.STALE_CLAIM).plus(DigestRunner.STALE_CHECK_MARGIN);
    if (at.isAfter(retryUntil)) {
      return;
    }
    triggers.scheduleRetry(s.id(), digestTime, claim.attempts(), at, retryUntil);
    LOG.info("digest {} of {} for {}: will look again at {} in case the run holding it died", s.id(), s.workspace(),
        day, at);
  }

  /** Records the outcome as the subscription's last run when it is one the App Home shows. */
  private static RunResult finish(RunContext context, Subscription s, LocalDate day, DigestOutcome outcome,
      String detail) {
    if (outcome.stored()) {
      context.stores().subscriptions().recordLastRun(s.id(), LastRun.of(context.now(), day, outcome, detail));
    }
    return new RunResult(s.workspace(), day, outcome, detail);
  }

  @Override
  boolean sendNow() {
    return false;
  }

  @Override
  boolean retriesStoredOnlyDay() {
    int most = attempts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    return context.retries().nextRetry(most, context.now(), retryUntil).isPresent();
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
  boolean startPosting(Destinations leg) {
    return context.stores().deliveries().startPosting(key, DeliveryLog.of(subscription.id(), leg), day,
        attempts.get(leg), context.now());
  }

  @Override
  void channelGone() {
    context.stores().subscriptions().setEnabled(key, subscription.id(), false, context.now());
    triggers.unschedule(subscription.id());
  }

  @Override
  Delivered retryOrGiveUp(Destinations leg, DigestOutcome givenUp, String detail) {
    int attempt = attempts.get(leg);
    Optional<Instant> at = context.retries().nextRetry(attempt, context.now(), retryUntil);
    if (at.isEmpty()) {
      LOG.warn("digest {} of {} for {} ({}): giving up after {} attempts ({})", subscription.id(), key, day, leg,
          attempt, detail);
      return new Delivered(State.FAILED, givenUp, null, detail);
    }
    if (!context.stores().deliveries().mark(key, DeliveryLog.of(subscription.id(), leg), day, attempt,
        State.RETRYABLE, null, detail, context.now())) {
      return takenOver(leg);
    }
    triggers.scheduleRetry(subscription.id(), firing.digestTime(), attempt, at.get(), retryUntil);
    LOG.info("digest {} of {} for {} ({}): retry {} at {} ({})", subscription.id(), key, day, leg, attempt, at.get(),
        detail);
    return new Delivered(null, DigestOutcome.RETRY_SCHEDULED, null, at.get().toString());
  }
}
