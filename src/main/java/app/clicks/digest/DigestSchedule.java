package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One workspace's daily digest as an admin set it: where, at what time of day in the report timezone, on which
 * days, what to do without clicks, and whether it is on.
 */
public record DigestSchedule(
    WorkspaceKey workspace,
    String channelId,
    LocalTime time,
    Set<DayOfWeek> days,
    ZoneId zone,
    EmptyPolicy emptyPolicy,
    boolean enabled) {

  public DigestSchedule {
    if (workspace == null || workspace.teamId().isEmpty()) {
      throw new IllegalArgumentException("A digest needs a workspace.");
    }
    if (channelId == null || channelId.isBlank()) {
      throw new IllegalArgumentException("Choose a channel for the digest.");
    }
    if (time == null) {
      throw new IllegalArgumentException("Choose a time of day for the digest.");
    }
    if (zone == null) {
      throw new IllegalArgumentException("A report timezone is needed for the digest.");
    }
    days = days == null || days.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(days));
    emptyPolicy = emptyPolicy == null ? EmptyPolicy.POST_NOTE : emptyPolicy;
    time = time.withNano(0);
  }

  /** Every day, posting a note on days without clicks, on. */
  public static DigestSchedule daily(WorkspaceKey workspace, String channelId, LocalTime time, ZoneId zone) {
    return new DigestSchedule(workspace, channelId, time, null, zone, EmptyPolicy.POST_NOTE, true);
  }

  public DigestSchedule withEnabled(boolean on) {
    return new DigestSchedule(workspace, channelId, time, days, zone, emptyPolicy, on);
  }

  public DigestSchedule withZone(java.time.ZoneId newZone) {
    return new DigestSchedule(workspace, channelId, time, days, newZone, emptyPolicy, enabled);
  }

  public DigestSchedule withTime(LocalTime newTime) {
    return new DigestSchedule(workspace, channelId, newTime, days, zone, emptyPolicy, enabled);
  }

  /** True when every day of the week is chosen. */
  public boolean everyDay() {
    return days.size() == 7;
  }

  /** The days as MON,TUE,… in ISO order (how they are stored and how Quartz's cron names them). */
  public String daysText() {
    return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
  }

  /** The Quartz cron expression of this schedule (read in {@link #zone()}). */
  public String cronExpression() {
    return time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " ? * " + (everyDay() ? "*" : daysText());
  }

  /** What the trigger is built from: when it changes, the trigger must be rebuilt; otherwise it is left alone. */
  public String fingerprint() {
    return cronExpression() + "|" + zone.getId();
  }
}
