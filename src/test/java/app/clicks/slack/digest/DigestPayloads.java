package app.clicks.slack.digest;

import static app.clicks.slack.testing.ModalPayloads.block;
import static app.clicks.slack.testing.ModalPayloads.chosen;
import static app.clicks.slack.testing.ModalPayloads.chosenAll;
import static app.clicks.slack.testing.ModalPayloads.conversation;
import static app.clicks.slack.testing.ModalPayloads.option;
import static app.clicks.slack.testing.ModalPayloads.timepicker;

import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.ModalPayloads;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;

/** Slack's payloads for the digest subscriptions (public for the end-to-end tests of other packages): a menu choice, the subscription modal's and the delete's submits. */
public final class DigestPayloads {
  static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

  private DigestPayloads() {}

  /**
   * What the subscription modal sends; a null field is sent empty, as Slack does, and {@code destinations} null leaves
   * that block out (Teams not connected).
   */
  public record Form(String channel, String cadence, List<String> days, String weekday, String dayOfMonth, String time,
      String slice, String empty, String destinations, String state) {

    /** Daily on weekdays at 07:30, the whole workspace, posting nothing without clicks, on. */
    public static Form daily(String channel) {
      return new Form(channel, "DAILY", WEEKDAYS, "MONDAY", "1", "07:30", "ALL", "SKIP", null, "on");
    }

    /** Weekly on Monday at 08:00 for routing point 12. */
    static Form weekly(String channel) {
      return new Form(channel, "WEEKLY", WEEKDAYS, "MONDAY", "1", "08:00", "ROUTING_POINT:12", "POST_NOTE", null,
          "on");
    }

    Form channel(String c) {
      return new Form(c, cadence, days, weekday, dayOfMonth, time, slice, empty, destinations, state);
    }

    Form cadence(String c) {
      return new Form(channel, c, days, weekday, dayOfMonth, time, slice, empty, destinations, state);
    }

    Form days(List<String> d) {
      return new Form(channel, cadence, d, weekday, dayOfMonth, time, slice, empty, destinations, state);
    }

    Form weekday(String w) {
      return new Form(channel, cadence, days, w, dayOfMonth, time, slice, empty, destinations, state);
    }

    Form dayOfMonth(String d) {
      return new Form(channel, cadence, days, weekday, d, time, slice, empty, destinations, state);
    }

    Form time(String t) {
      return new Form(channel, cadence, days, weekday, dayOfMonth, t, slice, empty, destinations, state);
    }

    Form slice(String s) {
      return new Form(channel, cadence, days, weekday, dayOfMonth, time, s, empty, destinations, state);
    }

    Form destinations(String d) {
      return new Form(channel, cadence, days, weekday, dayOfMonth, time, slice, empty, d, state);
    }

    Form state(String s) {
      return new Form(channel, cadence, days, weekday, dayOfMonth, time, slice, empty, destinations, s);
    }
  }

  /** The subscription modal's submission; {@code metadata} is its private_metadata ("0|America/Lima" to add). */
  public static String submission(String user, Form f, String metadata) {
    JsonObject values = new JsonObject();
    values.add(DigestActions.CHANNEL, block(DigestActions.CHANNEL, conversation(f.channel())));
    values.add(DigestActions.CADENCE, block(DigestActions.CADENCE, chosen("radio_buttons", f.cadence())));
    values.add(DigestActions.DAYS, block(DigestActions.DAYS, chosenAll("checkboxes", f.days())));
    values.add(DigestActions.WEEKDAY, block(DigestActions.WEEKDAY, chosen("static_select", f.weekday())));
    values.add(DigestActions.DAY_OF_MONTH, block(DigestActions.DAY_OF_MONTH,
        chosen("static_select", f.dayOfMonth())));
    values.add(DigestActions.TIME, block(DigestActions.TIME, timepicker(f.time())));
    values.add(DigestActions.SLICE, block(DigestActions.SLICE, chosen("static_select", f.slice())));
    values.add(DigestActions.EMPTY, block(DigestActions.EMPTY, chosen("radio_buttons", f.empty())));
    if (f.destinations() != null) {
      values.add(DigestActions.DESTINATIONS, block(DigestActions.DESTINATIONS,
          chosen("radio_buttons", f.destinations())));
    }
    values.add(DigestActions.STATE, block(DigestActions.STATE, chosen("radio_buttons", f.state())));
    return ModalPayloads.submission(user, DigestActions.MODAL, metadata, values);
  }

  /** "Delete" in the delete confirmation of the subscription in {@code metadata} ("7|America/Lima"). */
  static String deleteSubmission(String user, String metadata) {
    return ModalPayloads.submission(user, DigestActions.DELETE_MODAL, metadata, new JsonObject());
  }

  /** A choice in a subscription's "…" menu: {@code menu} "CHANGE", "OFF", "ON", "SEND_NOW" or "DELETE". */
  public static String menu(String user, String menu, long id) {
    JsonObject p = JsonParser.parseString(HomePayloads.button(user, DigestActions.MENU)).getAsJsonObject();
    JsonObject action = p.getAsJsonArray("actions").get(0).getAsJsonObject();
    action.addProperty("type", "overflow");
    action.addProperty("block_id", DigestActions.LINE + id);
    action.add("selected_option", option(menu + ":" + id));
    return p.toString();
  }

  /** Another cadence chosen in the open subscription modal (view V0MODAL, hash 1763910000.abc). */
  static String cadenceChosen(String user, String cadence, String metadata) {
    JsonObject p = JsonParser.parseString(HomePayloads.button(user, DigestActions.CADENCE)).getAsJsonObject();
    JsonObject action = p.getAsJsonArray("actions").get(0).getAsJsonObject();
    action.addProperty("type", "radio_buttons");
    action.addProperty("block_id", DigestActions.CADENCE);
    action.add("selected_option", option(cadence));
    JsonObject container = p.getAsJsonObject("container");
    container.addProperty("view_id", "V0MODAL");
    JsonObject view = JsonParser.parseString(
        ModalPayloads.submission(user, DigestActions.MODAL, metadata, new JsonObject()))
        .getAsJsonObject().getAsJsonObject("view");
    p.add("view", view);
    return p.toString();
  }
}
