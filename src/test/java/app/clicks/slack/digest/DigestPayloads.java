package app.clicks.slack.digest;

import app.clicks.slack.testing.HomePayloads;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;

/** Slack's view_submission payload for the digest modal, as Slack sends it (null fields sent empty). */
final class DigestPayloads {
  private DigestPayloads() {}

  static String submission(String user, String channel, String time, List<String> days, String empty, String state,
      String zoneShown) {
    JsonObject values = new JsonObject();
    JsonObject ch = element("conversations_select");
    if (channel != null) {
      ch.addProperty("selected_conversation", channel);
    }
    values.add(DigestActions.CHANNEL, block(DigestActions.CHANNEL, ch));
    JsonObject tp = element("timepicker");
    if (time != null) {
      tp.addProperty("selected_time", time);
    }
    values.add(DigestActions.TIME, block(DigestActions.TIME, tp));
    JsonObject cb = element("checkboxes");
    JsonArray chosen = new JsonArray();
    for (String d : days) {
      chosen.add(option(d));
    }
    cb.add("selected_options", chosen);
    values.add(DigestActions.DAYS, block(DigestActions.DAYS, cb));
    JsonObject rb = element("radio_buttons");
    if (empty != null) {
      rb.add("selected_option", option(empty));
    }
    values.add(DigestActions.EMPTY, block(DigestActions.EMPTY, rb));
    JsonObject st = element("radio_buttons");
    if (state != null) {
      st.add("selected_option", option(state));
    }
    values.add(DigestActions.STATE, block(DigestActions.STATE, st));
    JsonObject viewState = new JsonObject();
    viewState.add("values", values);
    // Reuse the connect modal's payload shape, then swap in the digest modal's view.
    JsonObject p = JsonParser.parseString(HomePayloads.submission(user, "0042", "x", null, null)).getAsJsonObject();
    JsonObject view = p.getAsJsonObject("view");
    view.addProperty("callback_id", DigestActions.MODAL);
    view.addProperty("private_metadata", zoneShown == null ? "" : zoneShown);
    view.add("state", viewState);
    return p.toString();
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

  private static JsonObject option(String value) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", value);
    JsonObject o = new JsonObject();
    o.add("text", text);
    o.addProperty("value", value);
    return o;
  }
}
