package app.clicks.digest;

import app.clicks.report.PeriodPair;
import app.clicks.settings.WorkspaceKey;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An admin's "send now": the subscription's latest period (by the clock) posted at once to its destinations, even
 * when it is off, to check the channel and the look. It writes nothing to the delivery log or the last run (it is
 * not the period's delivery), and retries nothing.
 */
final class SendNowRun extends DigestRun {

  private SendNowRun(RunContext context, Subscription subscription, PeriodPair periods) {
    super(context, subscription, periods);
  }

  static RunResult run(RunContext context, WorkspaceKey key, long id) {
    Optional<Subscription> found = context.stores().subscriptions().find(key, id);
    if (found.isEmpty()) {
      return new RunResult(key, null, DigestOutcome.OFF, "no such digest");
    }
    Subscription s = found.get().withEnabled(true);
    PeriodPair periods = s.periods(context.now().atZone(s.zone()).toLocalDate());
    LocalDate day = periods.current().firstDay();
    try {
      SendNowRun run = new SendNowRun(context, s, periods);
      Map<Destinations, Delivered> byLeg = run.deliver(legsOf(s));
      Delivered slack = byLeg.get(Destinations.SLACK);
      if (slack != null && slack.digest() != null) {
        ChartStep.send(run, slack.digest(), slack.ts(), ChartStep.UNLOGGED);
      }
      Delivered all = combined(byLeg);
      return new RunResult(key, day, all.outcome(), all.detail());
    } catch (RuntimeException e) {
      LOG.error("digest send-now of {} subscription {} failed", key, id, e);
      return new RunResult(key, day, DigestOutcome.FAILED, e.getClass().getSimpleName());
    }
  }

  @Override
  boolean sendNow() {
    return true;
  }

  @Override
  boolean retriesStoredOnlyDay() {
    return false;
  }

  @Override
  boolean honoursEmptyPolicy() {
    return false;
  }

  @Override
  boolean notesWolkvoxRefusals() {
    return false;
  }

  @Override
  boolean startPosting(Destinations leg) {
    return true;
  }

  @Override
  void channelGone() {
    // The admin sees the outcome at once; the subscription is left as it is.
  }

  @Override
  Delivered retryOrGiveUp(Destinations leg, DigestOutcome givenUp, String detail) {
    return new Delivered(null, givenUp, null, detail);
  }
}
