package app.clicks.slack.digest;

import app.clicks.digest.Cadence;
import app.clicks.digest.Destinations;
import app.clicks.digest.EmptyPolicy;
import app.clicks.digest.Subscription;
import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.Texts;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a submitted subscription modal: either a subscription or field errors by block id (pure). Only
 * the day field of the chosen cadence is read: the weekdays of a daily digest, the weekday of a weekly one, the day
 * of the month (1..28 or the first weekday) of a monthly one.
 */
final class DigestForm {
  private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,20}");
  /** Slack's timepicker sends HH:mm; seconds are tolerated (a digest may be set to the second). */

  /** The outcome: {@code subscription} when valid, else {@code errors} (block id → message). */
  record Result(Subscription subscription, Map<String, String> errors) {
    public boolean valid() {
      return subscription != null;
    }
  }

  /**
   * Whose form it is.
   *
   * @param id the subscription changed, 0 for a new one
   * @param zone the report timezone the modal named (its time is read in it)
   * @param teams true when the workspace connected Microsoft Teams (else only the Slack channel is a destination)
   */
  record Owner(WorkspaceKey key, long id, ZoneId zone, boolean teams) {}

  private DigestForm() {}

  static Result read(Map<String, Map<String, ViewState.Value>> values, Owner owner, Texts t) {
    Map<String, String> errors = new LinkedHashMap<>();
    FormValues form = FormValues.of(values);
    String channel = form.conversation(DigestActions.CHANNEL);
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      errors.put(DigestActions.CHANNEL, t.get("error.channel"));
    }
    Cadence cadence = parse(Cadence.class, form.selected(DigestActions.CADENCE));
    if (cadence == null) {
      errors.put(DigestActions.CADENCE, t.get("error.cadence"));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    int dayOfMonth = 0;
    if (cadence == Cadence.DAILY) {
      for (String chosen : form.selectedAll(DigestActions.DAYS)) {
        DayOfWeek d = parse(DayOfWeek.class, chosen);
        if (d != null) {
          days.add(d);
        }
      }
      if (days.isEmpty()) {
        errors.put(DigestActions.DAYS, t.get("error.days"));
      }
    } else if (cadence == Cadence.WEEKLY) {
      DayOfWeek d = parse(DayOfWeek.class, form.selected(DigestActions.WEEKDAY));
      if (d == null) {
        errors.put(DigestActions.WEEKDAY, t.get("error.weekday"));
      } else {
        days.add(d);
      }
    } else if (cadence == Cadence.MONTHLY) {
      dayOfMonth = dayOfMonth(form.selected(DigestActions.DAY_OF_MONTH));
      if (dayOfMonth < 0) {
        errors.put(DigestActions.DAY_OF_MONTH, t.get("error.dayOfMonth"));
      }
    }
    LocalTime time = form.localTime(DigestActions.TIME);
    if (time == null) {
      errors.put(DigestActions.TIME, t.get("error.time"));
    }
    Slice slice = slice(form.selected(DigestActions.SLICE));
    if (slice == null) {
      errors.put(DigestActions.SLICE, t.get("error.slice"));
    }
    EmptyPolicy policy = parse(EmptyPolicy.class, form.selected(DigestActions.EMPTY));
    if (policy == null) {
      errors.put(DigestActions.EMPTY, t.get("error.empty"));
    }
    Destinations destinations = Destinations.SLACK;
    if (form.value(DigestActions.DESTINATIONS) != null) {
      destinations = parse(Destinations.class, form.selected(DigestActions.DESTINATIONS));
      if (destinations == null) {
        errors.put(DigestActions.DESTINATIONS, t.get("error.destinations"));
      } else if (destinations.teams() && !owner.teams()) {
        errors.put(DigestActions.DESTINATIONS, t.get("error.teams"));
      }
    }
    String state = form.selected(DigestActions.STATE);
    if (!"on".equals(state) && !"off".equals(state)) {
      errors.put(DigestActions.STATE, t.get("error.state"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new Subscription(owner.id(), owner.key(), channel, cadence, time, Set.copyOf(days), dayOfMonth,
        owner.zone(), slice, policy, destinations, "on".equals(state)), Map.of());
  }

  /** The constant of {@code type} named {@code value}, or null. */
  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** 1..28, or {@link Subscription#FIRST_WEEKDAY}; -1 for anything else. */
  private static int dayOfMonth(String value) {
    if (value == null) {
      return -1;
    }
    try {
      int d = Integer.parseInt(value);
      return d == Subscription.FIRST_WEEKDAY || (d >= 1 && d <= 28) ? d : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** "ALL", "ROUTING_POINT:12" or "AD:120211" as a slice; null for anything else. */
  static Slice slice(String value) {
    if (value == null) {
      return null;
    }
    if (value.equals(DigestModal.ALL)) {
      return Slice.ALL;
    }
    int colon = value.indexOf(':');
    Slice.Kind kind = colon < 0 ? null : parse(Slice.Kind.class, value.substring(0, colon));
    if (kind == null || kind == Slice.Kind.ALL) {
      return null;
    }
    try {
      return new Slice(kind, value.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
