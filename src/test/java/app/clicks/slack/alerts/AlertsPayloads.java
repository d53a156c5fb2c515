package app.clicks.slack.alerts;

import app.clicks.slack.testing.HomePayloads;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
      JsonObject radio = element("radio_buttons");
      JsonObject option = new JsonObject();
      option.addProperty("value", destinations);
      radio.add("selected_option", option);
      values.add(AlertsActions.DESTINATIONS, block(AlertsActions.DESTINATIONS, radio));
    }
    JsonObject ch = element("conversations_select");
    if (channel != null) {
      ch.addProperty("selected_conversation", channel);
    }
    values.add(AlertsActions.CHANNEL, block(AlertsActions.CHANNEL, ch));
    values.add(AlertsActions.FROM, block(AlertsActions.FROM, time(from)));
    values.add(AlertsActions.TO, block(AlertsActions.TO, time(to)));
    values.add(AlertsActions.DAYS, block(AlertsActions.DAYS, checkboxes(days)));
    values.add(AlertsActions.RULES, block(AlertsActions.RULES, checkboxes(rules)));
    numbers.forEach((id, v) -> {
      JsonObject in = element("plain_text_input");
      in.addProperty("value", v);
      values.add(id, block(id, in));
    });
    JsonObject viewState = new JsonObject();
    viewState.add("values", values);
    JsonObject p = JsonParser.parseString(HomePayloads.submission(user, "0042", "x", null, null)).getAsJsonObject();
    JsonObject view = p.getAsJsonObject("view");
    view.addProperty("callback_id", AlertsActions.MODAL);
    view.addProperty("private_metadata", "America/Bogota");
    view.add("state", viewState);
    return p.toString();
  }

  private static JsonObject time(String t) {
    JsonObject tp = element("timepicker");
    if (t != null) {
      tp.addProperty("selected_time", t);
    }
    return tp;
  }

  private static JsonObject checkboxes(List<String> chosen) {
    JsonObject cb = element("checkboxes");
    JsonArray a = new JsonArray();
    for (String d : chosen) {
      JsonObject text = new JsonObject();
      text.addProperty("type", "plain_text");
      text.addProperty("text", d);
      JsonObject o = new JsonObject();
      o.add("text", text);
      o.addProperty("value", d);
      a.add(o);
    }
    cb.add("selected_options", a);
    return cb;
  }

  private static JsonObject element(String type) {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    return o;
  }

  private static JsonObject block(String id, JsonObject value) {
    JsonObject o = new JsonObject();
    o.add(id, value);
    return o;
  }
}
