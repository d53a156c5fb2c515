package app.clicks.slack.alerts;

import static app.clicks.slack.testing.ModalPayloads.block;
import static app.clicks.slack.testing.ModalPayloads.chosen;
import static app.clicks.slack.testing.ModalPayloads.chosenAll;
import static app.clicks.slack.testing.ModalPayloads.conversation;
import static app.clicks.slack.testing.ModalPayloads.textInput;
import static app.clicks.slack.testing.ModalPayloads.timepicker;

import app.clicks.slack.testing.ModalPayloads;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** Slack's view_submission payload for the alerts modal, as Slack sends it. */
final class AlertsPayloads {
  static final Map<String, String> DEFAULTS = Map.of(AlertsActions.SILENCE_HOURS, "2", AlertsActions.DROP_PERCENT,
      "50", AlertsActions.DROP_MIN, "20", AlertsActions.AD_DAILY, "10", AlertsActions.AD_HOURS, "3");

  private AlertsPayloads() {}

  static String submission(String user, String channel, String from, String to, List<String> days,
      List<String> rules, Map<String, String> numbers) {
    return submission(user, channel, null, from, to, days, rules, numbers);
  }

  /** With the destinations field ({@code destinations} null: the field is not in the modal). */
  static String submission(String user, String channel, String destinations, String from, String to,
      List<String> days, List<String> rules, Map<String, String> numbers) {
    JsonObject values = new JsonObject();
    if (destinations != null) {
      values.add(AlertsActions.DESTINATIONS, block(AlertsActions.DESTINATIONS, chosen("radio_buttons", destinations)));
    }
    values.add(AlertsActions.CHANNEL, block(AlertsActions.CHANNEL, conversation(channel)));
    values.add(AlertsActions.FROM, block(AlertsActions.FROM, timepicker(from)));
    values.add(AlertsActions.TO, block(AlertsActions.TO, timepicker(to)));
    values.add(AlertsActions.DAYS, block(AlertsActions.DAYS, chosenAll("checkboxes", days)));
    values.add(AlertsActions.RULES, block(AlertsActions.RULES, chosenAll("checkboxes", rules)));
    numbers.forEach((id, v) -> values.add(id, block(id, textInput(v))));
    return ModalPayloads.submission(user, AlertsActions.MODAL, "America/Bogota", values);
  }
}
