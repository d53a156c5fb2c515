package app.clicks.slack.digest;

import app.clicks.digest.DigestSchedule;
import app.clicks.digest.EmptyPolicy;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.Texts;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks a submitted digest modal: either a schedule or field errors by block id (pure). */
final class DigestForm {
  private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,20}");
  /** Slack's timepicker sends HH:mm; seconds are tolerated (a digest may be set to the second). */
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

  /** The outcome: {@code schedule} when valid, else {@code errors} (block id → message). */
  record Result(DigestSchedule schedule, Map<String, String> errors) {
    public boolean valid() {
      return schedule != null;
    }
  }

  private DigestForm() {}

  /** @param zone the report timezone the modal named (its time is read in it) */
  static Result read(Map<String, Map<String, ViewState.Value>> values, WorkspaceKey key, ZoneId zone, Texts t) {
    Map<String, String> errors = new LinkedHashMap<>();
    FormValues form = FormValues.of(values);
    String channel = form.conversation(DigestActions.CHANNEL);
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      errors.put(DigestActions.CHANNEL, t.get("error.channel"));
    }
    String rawTime = form.time(DigestActions.TIME);
    LocalTime time = null;
    if (rawTime != null && TIME.matcher(rawTime).matches()) {
      try {
        time = LocalTime.parse(rawTime);
      } catch (DateTimeParseException e) {
        time = null;
      }
    }
    if (time == null) {
      errors.put(DigestActions.TIME, t.get("error.time"));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String chosen : form.selectedAll(DigestActions.DAYS)) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().equals(chosen)) {
          days.add(d);
        }
      }
    }
    if (days.isEmpty()) {
      errors.put(DigestActions.DAYS, t.get("error.days"));
    }
    String empty = form.selected(DigestActions.EMPTY);
    EmptyPolicy policy = EmptyPolicy.POST_NOTE.name().equals(empty) ? EmptyPolicy.POST_NOTE
        : EmptyPolicy.SKIP.name().equals(empty) ? EmptyPolicy.SKIP : null;
    if (policy == null) {
      errors.put(DigestActions.EMPTY, t.get("error.empty"));
    }
    String state = form.selected(DigestActions.STATE);
    if (!"on".equals(state) && !"off".equals(state)) {
      errors.put(DigestActions.STATE, t.get("error.state"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new DigestSchedule(key, channel, time, days, zone, policy, "on".equals(state)), Map.of());
  }
}
