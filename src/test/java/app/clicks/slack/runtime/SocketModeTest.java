package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.Application;
import app.clicks.config.AppConfig;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.wolkvox.WolkvoxStandIn;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local mode: with SLACK_APP_TOKEN set the bot, wired as the composition root wires it, connects to Slack over Socket Mode (here a
 * WebSocket stand-in) instead of serving HTTP, and the same flows work through envelopes: an admin connects
 * wolkvox, a member asks for yesterday and reads the right numbers at the response_url.
 */
class SocketModeTest {
  static final String APP_TOKEN = "xapp-1-A0CLICKS-1234-0123456789abcdef";

  @TempDir Path dataDir;
  SlackStandIn slack;
  SocketModeStandIn socket;
  WolkvoxStandIn wolkvox;
  SlackBot.Running bot;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user("U0ADMIN", true, "en-US");
    slack.user("U0MEMBER", false, "en-US");
    socket = new SocketModeStandIn();
    slack.on("apps.connections.open", c -> SlackStandIn.Answer.ok("{\"ok\":true,\"url\":\"" + socket.url() + "\"}"));
    wolkvox = WolkvoxStandIn.start().respond(BotEndToEndTest.serving());
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-000000000000-socketmodebot");
    env.put("SLACK_APP_TOKEN", APP_TOKEN);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("DATA_DIR", dataDir.toString());
    env.put("WOLKVOX_BASE_URL", wolkvox.baseUrl());
    bot = Application.start(AppConfig.from(env), BotEndToEndTest.CLOCK);
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.shutdown().run();
    }
    socket.close();
    slack.close();
    wolkvox.close();
  }

  @Test
  void anAdminConnectsThenAMemberAsksForYesterdayOverSocketMode() throws Exception {
    assertEquals(-1, bot.port(), "Socket Mode serves no HTTP");
    assertTrue(socket.awaitConnection(30), "the bot opened the WebSocket that apps.connections.open gave it");
    assertEquals("Bearer " + APP_TOKEN, slack.next("apps.connections.open").authorization());

    socket.send(envelope("env-connect", "interactive", JsonParser.parseString(
        HomePayloads.submission("U0ADMIN", "0042", BotEndToEndTest.WOLKVOX_TOKEN, "America/Bogota", "en"))));
    JsonObject connected = ack("env-connect");
    assertEquals("update", connected.getAsJsonObject("payload").get("response_action").getAsString(), connected.toString());
    String verdict = slack.next("views.update").params().get("view");
    assertFalse(verdict.contains(BotEndToEndTest.WOLKVOX_TOKEN), verdict);
    long afterConnect = BotEndToEndTest.chatRequests(wolkvox);

    JsonObject command = new JsonObject();
    SignedRequests.clicksForm(HomePayloads.TEAM, "U0MEMBER", "yesterday", slack.responseUrl("first"))
        .forEach(command::addProperty);
    socket.send(envelope("env-clicks", "slash_commands", command));
    ack("env-clicks");

    String answer = slack.nextResponse("first");
    assertTrue(answer.contains("A1") && answer.contains("B2"), answer);
    assertTrue(answer.indexOf("A1") < answer.indexOf("B2"), "A1 (5) ranks before B2 (2): " + answer);
    assertTrue(answer.contains("101") && answer.contains("102") && answer.contains("103"), answer);
    assertEquals(1, BotEndToEndTest.chatRequests(wolkvox) - afterConnect, "yesterday and the day before in one request");
  }

  /** Slack's envelope around a payload. */
  private static String envelope(String id, String type, JsonElement payload) {
    JsonObject e = new JsonObject();
    e.addProperty("envelope_id", id);
    e.addProperty("type", type);
    e.addProperty("accepts_response_payload", true);
    e.add("payload", payload);
    return e.toString();
  }

  /** The bot's acknowledgement of envelope {@code id} (what Slack requires within 3 s). */
  private JsonObject ack(String id) throws InterruptedException {
    String message = socket.next(30);
    assertNotNull(message, "no acknowledgement of " + id);
    JsonObject ack = JsonParser.parseString(message).getAsJsonObject();
    assertEquals(id, ack.get("envelope_id").getAsString(), message);
    return ack;
  }
}
