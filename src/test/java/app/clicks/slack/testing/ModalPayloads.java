package app.clicks.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;

/**
 * The pieces of a modal's view_submission as Slack sends them, for the payloads of each feature's tests: the state's
 * blocks (block id = action id, as in every modal of this app), their elements, and the submission carrying them.
 */
public final class ModalPayloads {
  private ModalPayloads() {}

  /**
   * The view_submission of modal {@code callbackId} with state {@code values} (block id → block); {@code metadata} is
   * its private_metadata (null sent empty). The connect modal's payload shape, with this modal's view swapped in.
   */
  public static String submission(String user, String callbackId, String metadata, JsonObject values) {
    JsonObject state = new JsonObject();
    state.add("values", values);
    JsonObject p = JsonParser.parseString(HomePayloads.submission(user, "0042", "x", null, null)).getAsJsonObject();
    JsonObject view = p.getAsJsonObject("view");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", metadata == null ? "" : metadata);
    view.add("state", state);
    return p.toString();
  }

  /** A block of the state: its one element under the action id {@code id}. */
  public static JsonObject block(String id, JsonObject element) {
    JsonObject o = new JsonObject();
    o.add(id, element);
    return o;
  }

  /** An element of type {@code type} with nothing chosen or typed. */
  public static JsonObject element(String type) {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    return o;
  }

  /** An option whose text and value are {@code value}. */
  public static JsonObject option(String value) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", value);
    JsonObject o = new JsonObject();
    o.add("text", text);
    o.addProperty("value", value);
    return o;
  }

  /** A select or radio buttons ({@code type}) with {@code value} chosen; nothing chosen when it is null. */
  public static JsonObject chosen(String type, String value) {
    JsonObject o = element(type);
    if (value != null) {
      o.add("selected_option", option(value));
    }
    return o;
  }

  /** Checkboxes or a multi-select ({@code type}) with {@code values} chosen. */
  public static JsonObject chosenAll(String type, List<String> values) {
    JsonObject o = element(type);
    JsonArray options = new JsonArray();
    values.forEach(v -> options.add(option(v)));
    o.add("selected_options", options);
    return o;
  }

  /** A time picker with {@code time} (HH:mm) chosen; none when it is null. */
  public static JsonObject timepicker(String time) {
    JsonObject o = element("timepicker");
    if (time != null) {
      o.addProperty("selected_time", time);
    }
    return o;
  }

  /** A conversations select with {@code channel} chosen; none when it is null. */
  public static JsonObject conversation(String channel) {
    JsonObject o = element("conversations_select");
    if (channel != null) {
      o.addProperty("selected_conversation", channel);
    }
    return o;
  }

  /** A plain text input holding {@code value}; empty (no value) when it is null. */
  public static JsonObject textInput(String value) {
    JsonObject o = element("plain_text_input");
    if (value != null) {
      o.addProperty("value", value);
    }
    return o;
  }
}
