package app.clicks.slack.alerts;

import app.clicks.alerts.AlertSettings;
import app.clicks.digest.Destinations;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.Texts;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a submitted alerts modal: either the rules or field errors by block id (pure). A "to" at or before
 * "from" is valid (through midnight; equal: all day long); the thresholds are whole numbers in range; Teams may be a
 * destination only while the workspace has it connected (no destinations field: the Slack channel).
 */
final class AlertsForm {
  private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,20}");

  /** {@code rules} when valid, else {@code errors} (block id → message). */
  record Result(AlertSettings rules, Map<String, String> errors) {
    boolean valid() {
      return rules != null;
    }
  }

  private AlertsForm() {}

  static Result read(Map<String, Map<String, ViewState.Value>> values, WorkspaceKey key, Texts t,
      boolean teamsConnected) {
    Map<String, String> errors = new LinkedHashMap<>();
    FormValues form = FormValues.of(values);
    String channel = form.conversation(AlertsActions.CHANNEL);
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      errors.put(AlertsActions.CHANNEL, t.get("error.channel"));
    }
    Destinations where = destinations(form.selected(AlertsActions.DESTINATIONS));
    if (where == null) {
      errors.put(AlertsActions.DESTINATIONS, t.get("error.destinations"));
    } else if (where.teams() && !teamsConnected) {
      errors.put(AlertsActions.DESTINATIONS, t.get("error.teams"));
    }
    LocalTime from = form.localTime(AlertsActions.FROM);
    if (from == null) {
      errors.put(AlertsActions.FROM, t.get("error.time"));
    }
    LocalTime to = form.localTime(AlertsActions.TO);
    if (to == null) {
      errors.put(AlertsActions.TO, t.get("error.time"));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String chosen : form.selectedAll(AlertsActions.DAYS)) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().equals(chosen)) {
          days.add(d);
        }
      }
    }
    if (days.isEmpty()) {
      errors.put(AlertsActions.DAYS, t.get("error.days"));
    }
    List<String> on = form.selectedAll(AlertsActions.RULES);
    Integer silenceHours = number(form, AlertsActions.SILENCE_HOURS, 1, 24, "error.hours", t, errors);
    Integer percent = number(form, AlertsActions.DROP_PERCENT, 1, 99, "error.percent", t, errors);
    Integer minClicks = number(form, AlertsActions.DROP_MIN, 1, 100_000, "error.count", t, errors);
    Integer daily = number(form, AlertsActions.AD_DAILY, 1, 100_000, "error.count", t, errors);
    Integer adHours = number(form, AlertsActions.AD_HOURS, 1, 24, "error.hours", t, errors);
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new AlertSettings(key, channel, from, to, days,
        new AlertSettings.Silence(on.contains("SILENCE"), silenceHours),
        new AlertSettings.Drop(on.contains("DROP"), percent, minClicks),
        new AlertSettings.AdStopped(on.contains("AD_STOPPED"), daily, adHours), where), Map.of());
  }

  /** The chosen destinations; the Slack channel when the field is not there; null for an unknown value. */
  private static Destinations destinations(String chosen) {
    if (chosen == null) {
      return Destinations.SLACK;
    }
    for (Destinations d : Destinations.values()) {
      if (d.name().equals(chosen)) {
        return d;
      }
    }
    return null;
  }

  /** A whole number from {@code min} to {@code max}, else a field error (null). */
  private static Integer number(FormValues form, String id, int min, int max, String error, Texts t,
      Map<String, String> errors) {
    String text = form.text(id);
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // a threshold that is not a number
    }
    errors.put(id, t.get(error, min, max));
    return null;
  }
}
