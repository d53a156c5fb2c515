package app.clicks.digest;

import app.clicks.context.SummaryContexts;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Does digest runs without Quartz: a scheduled (or retried) run of a subscription, which claims its period in the
 * delivery log for each destination and posts it at most once to each ({@link ScheduledRun}), and an admin's "send
 * now", which posts at once ({@link SendNowRun}). Both read and post a period's digest the same way
 * ({@link DigestRun}).
 */
public final class DigestRunner {
  /** How long after a claim goes stale the run that found it looks again. */
  static final Duration STALE_CHECK_MARGIN = Duration.ofMinutes(1);

  private final RunContext context;

  /** A runner posting to Slack only. */
  public DigestRunner(DigestStores stores, ClickReader reader, DigestPoster slack, DigestTiming timing) {
    this(stores, reader, SummaryContexts.NONE, DigestPosters.slackOnly(slack), timing);
  }

  /** A runner posting to Slack only, its digests given names by {@code contexts}. */
  public DigestRunner(DigestStores stores, ClickReader reader, SummaryContexts contexts, DigestPoster slack,
      DigestTiming timing) {
    this(stores, reader, contexts, DigestPosters.slackOnly(slack), timing);
  }

  /**
   * @param contexts the names and conversion codes of a workspace's digest
   * @param posters where each destination's digest goes
   */
  public DigestRunner(DigestStores stores, ClickReader reader, SummaryContexts contexts, DigestPosters posters,
      DigestTiming timing) {
    this.context = new RunContext(stores, reader, posters, timing, contexts);
  }

  /** The day a daily digest fired at {@code scheduled} covers: the day before, in {@code zone}. */
  public static LocalDate dayOf(Instant scheduled, ZoneId zone) {
    return scheduled.atZone(zone).toLocalDate().minusDays(1);
  }

  /** That day compared with the day before it: /clicks's "yesterday" as seen the next day in {@code zone}. */
  public static PeriodPair periodsOf(LocalDate day, ZoneId zone) {
    return Periods.yesterday(day.plusDays(1), zone);
  }

  /** A scheduled (or retried) run: posts the period's digest at most once per destination. */
  public RunResult run(DigestFiring firing, DigestTriggers triggers) {
    return ScheduledRun.run(context, firing, triggers);
  }

  /** "Send now": the subscription's latest period (by the clock) posted at once; no delivery log, no retries. */
  public RunResult sendNow(WorkspaceKey key, long subscription) {
    return SendNowRun.run(context, key, subscription);
  }
}
