package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An admin's "send now": yesterday's digest (by the clock) posted at once, even when the digest is off, to check the
 * channel and the look. It writes nothing to the delivery log or the last run, and retries nothing.
 */
final class SendNowRun extends DigestRun {

  private SendNowRun(RunContext context, DigestSchedule schedule, LocalDate day) {
    super(context, schedule, day);
  }

  static RunResult run(RunContext context, WorkspaceKey key) {
    Optional<DigestSchedule> found = context.stores().schedules().find(key);
    if (found.isEmpty()) {
      return new RunResult(key, null, DigestOutcome.OFF, "no digest set");
    }
    DigestSchedule schedule = found.get().withEnabled(true);
    LocalDate day = DigestRunner.dayOf(context.now(), schedule.zone());
    try {
      SendNowRun run = new SendNowRun(context, schedule, day);
      Delivered d = run.deliver();
      if (d.digest() != null) {
        ChartStep.send(run, d.digest(), d.ts(), ChartStep.UNLOGGED);
      }
      return new RunResult(key, day, d.outcome(), d.detail());
    } catch (RuntimeException e) {
      LOG.error("digest send-now of {} failed", key, e);
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
  boolean startPosting() {
    return true;
  }

  @Override
  void channelGone() {
    // The admin sees the outcome at once; the schedule is left as it is.
  }

  @Override
  Delivered retryOrGiveUp(DigestOutcome givenUp, String detail) {
    return new Delivered(null, givenUp, null, detail);
  }
}
