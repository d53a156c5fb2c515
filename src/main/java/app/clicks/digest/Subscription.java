package app.clicks.digest;

import app.clicks.report.PeriodPair;
import app.clicks.report.RunPeriods;
import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
  /** The longest channel id kept (Slack's are far shorter). */
  static final int MAX_CHANNEL_ID = 64;
  /** The last day of the month a monthly subscription may choose (every month has it). */
  public static final int LAST_DAY_OF_MONTH = 28;

  public Subscription {
    if (id < 0) {
      throw new IllegalArgumentException("A subscription's id is 0 (new) or positive.");
    }
    if (workspace == null || workspace.teamId().isEmpty()) {
      throw new IllegalArgumentException("A digest subscription needs a workspace.");
    }
    if (channelId == null || channelId.isBlank()) {
      throw new IllegalArgumentException("Choose a channel for the digest.");
    }
    channelId = channelId.strip();
    if (channelId.length() > MAX_CHANNEL_ID) {
      throw new IllegalArgumentException("That is not a Slack channel. Choose a channel for the digest.");
    }
    if (cadence == null) {
      throw new IllegalArgumentException("Choose how often the digest posts: daily, weekly or monthly.");
    }
    if (time == null) {
      throw new IllegalArgumentException("Choose a time of day for the digest.");
    }
    time = time.withNano(0);
    if (zone == null) {
      throw new IllegalArgumentException("A report timezone is needed for the digest.");
    }
    days = days == null || days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
    switch (cadence) {
      case DAILY -> {
        if (dayOfMonth != 0) {
          throw new IllegalArgumentException("A daily digest has no day of the month.");
        }
        days = days.isEmpty() ? Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class)) : days;
      }
      case WEEKLY -> {
        if (days.size() != 1) {
          throw new IllegalArgumentException("Choose the one weekday a weekly digest posts on.");
        }
        if (dayOfMonth != 0) {
          throw new IllegalArgumentException("A weekly digest has no day of the month.");
        }
      }
      case MONTHLY -> {
        if (!days.isEmpty()) {
          throw new IllegalArgumentException("A monthly digest posts on a day of the month, not on weekdays.");
        }
        if (dayOfMonth < FIRST_WEEKDAY || dayOfMonth > LAST_DAY_OF_MONTH) {
          throw new IllegalArgumentException(
              "Choose a day of the month from 1 to " + LAST_DAY_OF_MONTH + ", or the first weekday.");
        }
      }
      default -> throw new IllegalArgumentException("Unknown cadence " + cadence);
    }
    slice = slice == null ? Slice.ALL : slice;
    emptyPolicy = emptyPolicy == null ? EmptyPolicy.POST_NOTE : emptyPolicy;
    destinations = destinations == null ? Destinations.SLACK : destinations;
  }

  /** A daily digest of the whole workspace every day, to Slack, posting a note on days without clicks, on. */
  public static Subscription daily(WorkspaceKey workspace, String channelId, LocalTime time, ZoneId zone) {
    return new Subscription(0, workspace, channelId, Cadence.DAILY, time, null, 0, zone, Slice.ALL,
        EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
  }

  /** A weekly digest of the whole workspace on {@code day}, to Slack, on. */
  public static Subscription weekly(WorkspaceKey workspace, String channelId, DayOfWeek day, LocalTime time,
      ZoneId zone) {
    return new Subscription(0, workspace, channelId, Cadence.WEEKLY, time, Set.of(day), 0, zone, Slice.ALL,
        EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
  }

  /** A monthly digest of the whole workspace on {@code dayOfMonth} (or {@link #FIRST_WEEKDAY}), to Slack, on. */
  public static Subscription monthly(WorkspaceKey workspace, String channelId, int dayOfMonth, LocalTime time,
      ZoneId zone) {
    return new Subscription(0, workspace, channelId, Cadence.MONTHLY, time, null, dayOfMonth, zone, Slice.ALL,
        EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
  }

  public Subscription withId(long newId) {
    return with(d -> d.id = newId);
  }

  public Subscription withEnabled(boolean on) {
    return with(d -> d.enabled = on);
  }

  public Subscription withZone(ZoneId newZone) {
    return with(d -> d.zone = newZone);
  }

  public Subscription withTime(LocalTime newTime) {
    return with(d -> d.time = newTime);
  }

  public Subscription withSlice(Slice newSlice) {
    return with(d -> d.slice = newSlice);
  }

  public Subscription withDestinations(Destinations to) {
    return with(d -> d.destinations = to);
  }

  public Subscription withEmptyPolicy(EmptyPolicy policy) {
    return with(d -> d.emptyPolicy = policy);
  }

  /** A copy with what {@code change} sets on a draft of this one, checked again by the constructor. */
  private Subscription with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new Subscription(d.id, workspace, channelId, cadence, d.time, days, dayOfMonth, d.zone, d.slice,
        d.emptyPolicy, d.destinations, d.enabled);
  }

  /** The fields the with… methods change, for one copy. */
  private static final class Draft {
    long id;
    LocalTime time;
    ZoneId zone;
    Slice slice;
    EmptyPolicy emptyPolicy;
    Destinations destinations;
    boolean enabled;

    Draft(Subscription s) {
      id = s.id;
      time = s.time;
      zone = s.zone;
      slice = s.slice;
      emptyPolicy = s.emptyPolicy;
      destinations = s.destinations;
      enabled = s.enabled;
    }
  }

  /** True when a daily subscription posts every day of the week. */
  public boolean everyDay() {
    return days.size() == 7;
  }

  /** The days as MON,TUE,… in ISO order (how they are stored and how Quartz's cron names them); "" for none. */
  public String daysText() {
    return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
  }

  /** The Quartz cron expression of this subscription (read in {@link #zone()}). */
  public String cronExpression() {
    String at = time.getSecond() + " " + time.getMinute() + " " + time.getHour();
    return switch (cadence) {
      case DAILY -> at + " ? * " + (everyDay() ? "*" : daysText());
      case WEEKLY -> at + " ? * " + daysText();
      case MONTHLY -> at + " " + (dayOfMonth == FIRST_WEEKDAY ? "1W" : Integer.toString(dayOfMonth)) + " * ?";
    };
  }

  /** What the trigger is built from: when it changes, the trigger must be rebuilt; otherwise it is left alone. */
  public String fingerprint() {
    return cronExpression() + "|" + zone.getId();
  }

  /** The period a run on {@code runDate} (its local date in {@link #zone()}) covers, with the one it is compared to. */
  public PeriodPair periods(LocalDate runDate) {
    return switch (cadence) {
      case DAILY -> RunPeriods.yesterday(runDate, zone);
      case WEEKLY -> RunPeriods.lastWeek(runDate, zone);
      case MONTHLY -> RunPeriods.lastMonth(runDate, zone);
    };
  }

  /** Parses {@link #daysText()} back. */
  static Set<DayOfWeek> parseDays(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (text == null) {
      return days;
    }
    for (String d : text.split(",")) {
      String t = d.trim();
      if (t.isEmpty()) {
        continue;
      }
      for (DayOfWeek w : DayOfWeek.values()) {
        if (w.name().startsWith(t)) {
          days.add(w);
        }
      }
    }
    return days;
  }
}
