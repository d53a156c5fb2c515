package app.clicks.slack.names;

import app.clicks.slack.testing.HomePayloads;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;

/** Slack's view_submission payloads for the name-ads and conversion codes modals, as Slack sends them. */
final class NamesPayloads {
  private NamesPayloads() {}

  /** A page of the name-ads modal: the name typed for each ad id (null = emptied), and the page it showed. */
  static String adNames(String user, int page, Map<String, String> typed) {
    JsonObject values = new JsonObject();
    typed.forEach((id, name) -> {
      JsonObject input = element("plain_text_input");
      if (name != null) {
        input.addProperty("value", name);
      }
      values.add(NamesActions.AD_PREFIX + id, block(NamesActions.AD_PREFIX + id, input));
    });
    return view(user, NamesActions.ADS_MODAL, Integer.toString(page), values);
  }

  /** The conversion codes modal: the mode (hits or chosen, null = none) and the codes chosen. */
  static String codes(String user, String mode, List<String> chosen) {
    JsonObject values = new JsonObject();
    JsonObject radio = element("radio_buttons");
    if (mode != null) {
      radio.add("selected_option", option(mode));
    }
    values.add(NamesActions.CODES_MODE, block(NamesActions.CODES_MODE, radio));
    JsonObject select = element("multi_static_select");
    JsonArray options = new JsonArray();
    chosen.forEach(c -> options.add(option(c)));
    select.add("selected_options", options);
    values.add(NamesActions.CODES_CHOSEN, block(NamesActions.CODES_CHOSEN, select));
    return view(user, NamesActions.CODES_MODAL, "", values);
  }

  private static String view(String user, String callbackId, String metadata, JsonObject values) {
    JsonObject state = new JsonObject();
    state.add("values", values);
    JsonObject p = JsonParser.parseString(HomePayloads.submission(user, "0042", "x", null, null)).getAsJsonObject();
    JsonObject view = p.getAsJsonObject("view");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", metadata);
    view.add("state", state);
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
