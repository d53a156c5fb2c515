package app.clicks.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Slack's payloads for the App Home (events, button clicks, modal submissions), as Slack sends them. */
public final class HomePayloads {
  public static final String TEAM = "T0TEST";
  /** The action ids of the connection's buttons on the Home tab (as connect.ConnectActions names them). */
  public static final String CONNECT = "home_connect";
  public static final String TEST = "home_test";
  public static final String DISCONNECT = "home_disconnect";

  private HomePayloads() {}

  public static String homeOpened(String user) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", user);
    event.addProperty("channel", "D0HOME");
    event.addProperty("tab", "home");
    event.addProperty("event_ts", "1763910000.000100");
    return callback(event);
  }

  public static String appUninstalled() {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_uninstalled");
    return callback(event);
  }

  public static String tokensRevoked(boolean bot) {
    JsonObject tokens = new JsonObject();
    JsonArray users = new JsonArray();
    users.add("U0BOT");
    tokens.add(bot ? "bot" : "oauth", users);
    tokens.add(bot ? "oauth" : "bot", new JsonArray());
    JsonObject event = new JsonObject();
    event.addProperty("type", "tokens_revoked");
    event.add("tokens", tokens);
    return callback(event);
  }

  private static String callback(JsonObject event) {
    JsonObject p = new JsonObject();
    p.addProperty("token", "legacy-verification");
    p.addProperty("team_id", TEAM);
    p.addProperty("api_app_id", "A0APP");
    p.add("event", event);
    p.addProperty("type", "event_callback");
    p.addProperty("event_id", "Ev" + System.nanoTime());
    p.addProperty("event_time", 1763910000);
    return p.toString();
  }

  public static String button(String user, String actionId) {
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "home_actions");
    action.addProperty("action_ts", "1763910000.1");
    JsonArray actions = new JsonArray();
    actions.add(action);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0HOME");
    view.addProperty("type", "home");
    view.addProperty("team_id", TEAM);
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", "V0HOME");
    JsonObject p = interaction("block_actions", user);
    p.add("container", container);
    p.add("view", view);
    p.add("actions", actions);
    return p.toString();
  }

  /** A connect modal submission; a null field is sent empty, as Slack does. */
  public static String submission(String user, String server, String token, String zone, String language) {
    JsonObject values = new JsonObject();
    values.add("server_id", ModalPayloads.block("server_id", text(server)));
    values.add("token", ModalPayloads.block("token", text(token)));
    values.add("zone", ModalPayloads.block("zone", ModalPayloads.chosen("static_select", zone)));
    values.add("language", ModalPayloads.block("language", ModalPayloads.chosen("static_select", language)));
    JsonObject state = new JsonObject();
    state.add("values", values);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0MODAL");
    view.addProperty("team_id", TEAM);
    view.addProperty("type", "modal");
    view.addProperty("callback_id", "wolkvox_connect");
    view.addProperty("private_metadata", "");
    view.addProperty("hash", "1763910000.abc");
    view.add("state", state);
    JsonObject p = interaction("view_submission", user);
    p.add("view", view);
    return p.toString();
  }

  private static JsonObject interaction(String type, String user) {
    JsonObject team = new JsonObject();
    team.addProperty("id", TEAM);
    team.addProperty("domain", "test");
    JsonObject u = new JsonObject();
    u.addProperty("id", user);
    u.addProperty("username", user.toLowerCase());
    u.addProperty("team_id", TEAM);
    JsonObject p = new JsonObject();
    p.addProperty("type", type);
    p.add("team", team);
    p.add("user", u);
    p.addProperty("api_app_id", "A0APP");
    p.addProperty("token", "legacy-verification");
    p.addProperty("trigger_id", "1111.2222.trigger");
    return p;
  }

  private static JsonObject text(String value) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "plain_text_input");
    o.addProperty("value", value);
    return o;
  }
}
