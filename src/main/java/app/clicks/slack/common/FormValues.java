package app.clicks.slack.common;

import com.slack.api.model.view.ViewState;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a submitted modal's state values ({@code view.state.values}: block id → action id → value) where each input's
 * block id and action id are the same, as in every modal of this app. Missing blocks read as empty.
 */
public final class FormValues {
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

  private final Map<String, Map<String, ViewState.Value>> values;

  private FormValues(Map<String, Map<String, ViewState.Value>> values) {
    this.values = values == null ? Map.of() : values;
  }

  public static FormValues of(Map<String, Map<String, ViewState.Value>> values) {
    return new FormValues(values);
  }

  /** The input's value, or null when the block is missing. */
  public ViewState.Value value(String id) {
    Map<String, ViewState.Value> block = values.get(id);
    return block == null ? null : block.get(id);
  }

  /** A text input's value, stripped; "" when empty or missing. */
  public String text(String id) {
    ViewState.Value v = value(id);
    return v == null || v.getValue() == null ? "" : v.getValue().strip();
  }

  /** A select's or radio button's chosen value; null when none is chosen. */
  public String selected(String id) {
    ViewState.Value v = value(id);
    return v == null || v.getSelectedOption() == null ? null : v.getSelectedOption().getValue();
  }

  /** A checkbox group's chosen values; empty when none. */
  public List<String> selectedAll(String id) {
    ViewState.Value v = value(id);
    return v == null || v.getSelectedOptions() == null ? List.of()
        : v.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }

  /** A conversations select's chosen channel; null when none. */
  public String conversation(String id) {
    ViewState.Value v = value(id);
    return v == null ? null : v.getSelectedConversation();
  }

  /** A time picker's chosen time (HH:mm); null when none. */
  public String time(String id) {
    ViewState.Value v = value(id);
    return v == null ? null : v.getSelectedTime();
  }

  /** A time picker's chosen time of day (HH:mm, or HH:mm:ss); null when none or not a time of day. */
  public LocalTime localTime(String id) {
    String raw = time(id);
    if (raw == null || !TIME.matcher(raw).matches()) {
      return null;
    }
    try {
      return LocalTime.parse(raw);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
