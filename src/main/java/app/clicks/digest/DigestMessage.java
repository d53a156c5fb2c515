package app.clicks.digest;

import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoredTotals;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A digest to post: the period (in {@code zone}) compared with the period before it, and the stored totals of both.
 * The Slack side renders it with the /clicks blocks under a header naming the cadence, the dates, the slice and the
 * timezone.
 *
 * @param day the first day of the period covered (the day itself for a daily digest)
 * @param sendNow true for an admin's "send now" (a check of the channel and the look), false for a scheduled run
 * @param context the workspace's names and conversion codes ({@link SummaryContext#NONE}: ids only)
 * @param cadence the subscription's cadence (the header's first word)
 * @param slice the part of the clicks the totals cover
 */
public record DigestMessage(
    WorkspaceKey workspace,
    String channelId,
    LocalDate day,
    ZoneId zone,
    PeriodPair periods,
    StoredTotals totals,
    boolean sendNow,
    SummaryContext context,
    Cadence cadence,
    Slice slice) {

  /** A daily digest of the whole workspace. */
  public DigestMessage(WorkspaceKey workspace, String channelId, LocalDate day, ZoneId zone, PeriodPair periods,
      StoredTotals totals, boolean sendNow, SummaryContext context) {
    this(workspace, channelId, day, zone, periods, totals, sendNow, context, Cadence.DAILY, Slice.ALL);
  }

  /** A daily digest of ids only. */
  public DigestMessage(WorkspaceKey workspace, String channelId, LocalDate day, ZoneId zone, PeriodPair periods,
      StoredTotals totals, boolean sendNow) {
    this(workspace, channelId, day, zone, periods, totals, sendNow, SummaryContext.NONE);
  }

  public DigestMessage {
    context = context == null ? SummaryContext.NONE : context;
    cadence = cadence == null ? Cadence.DAILY : cadence;
    slice = slice == null ? Slice.ALL : slice;
  }

  /** The last day of the period covered. */
  public LocalDate lastDay() {
    return periods.current().lastDay();
  }

  /** The slice's name as the workspace knows it (directory or admins' names), else its id; "" for every click. */
  public String sliceName() {
    return DigestHeader.sliceName(slice, context);
  }
}
