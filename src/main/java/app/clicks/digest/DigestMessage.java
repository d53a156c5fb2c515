package app.clicks.digest;

import app.clicks.report.PeriodPair;
import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoredTotals;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A digest to post: the day (in {@code zone}) compared with the day before, and the stored totals of both. The Slack
 * side renders it with the /clicks blocks under a header naming the date and the timezone.
 *
 * @param sendNow true for an admin's "send now" (a check of the channel and the look), false for a scheduled run
 * @param context the workspace's names and conversion codes ({@link SummaryContext#NONE}: ids only)
 */
public record DigestMessage(
    WorkspaceKey workspace,
    String channelId,
    LocalDate day,
    ZoneId zone,
    PeriodPair periods,
    StoredTotals totals,
    boolean sendNow,
    SummaryContext context) {

  /** A digest of ids only. */
  public DigestMessage(WorkspaceKey workspace, String channelId, LocalDate day, ZoneId zone, PeriodPair periods,
      StoredTotals totals, boolean sendNow) {
    this(workspace, channelId, day, zone, periods, totals, sendNow, SummaryContext.NONE);
  }

  public DigestMessage {
    context = context == null ? SummaryContext.NONE : context;
  }
}
