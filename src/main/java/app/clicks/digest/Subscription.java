package app.clicks.digest;

import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * One digest subscription of a workspace, as an admin set it: where it goes, how often and when (in the workspace's
 * report timezone), which slice of the clicks, what to do without clicks, and whether it is on.
 *
 * @param id 0 for a subscription not saved yet; otherwise its id, unique in the app
 * @param days DAILY: the weekdays it posts on (empty means every day); WEEKLY: exactly the one weekday; MONTHLY: empty
 * @param dayOfMonth MONTHLY: 1..28, or {@link #FIRST_WEEKDAY}; otherwise 0
 * @param channelId the Slack channel (required even when only Teams is a destination: the Home tab names it)
 */
public record Subscription(
    long id,
    WorkspaceKey workspace,
    String channelId,
    Cadence cadence,
    LocalTime time,
    Set<DayOfWeek> days,
    int dayOfMonth,
    ZoneId zone,
    Slice slice,
    EmptyPolicy emptyPolicy,
    Destinations destinations,
    boolean enabled) {

  /** {@link #dayOfMonth} for "the month's first weekday" (Monday to Friday). */
  public static final int FIRST_WEEKDAY = 0;
}
