package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.Application;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.WholeBot;
import app.clicks.wolkvox.WolkvoxStandIn.Row;
import app.clicks.wolkvox.WolkvoxStandIn;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot as the composition root wires it (embedded H2 under DATA_DIR, the real wolkvox client, Bolt on Jetty): an admin
 * connects wolkvox from the App Home, a member asks `/clicks yesterday` and reads the right numbers, asking again
 * costs wolkvox nothing, and a member cannot change the connection.
 */
class BotEndToEndTest {
  static final String SECRET = "end-to-end-signing-secret";
  static final String WOLKVOX_TOKEN = "wolkvox-e2e-Tok3n-9d8c7b";
  /** 10:00 in Bogota on 2026-11-24: yesterday is 2026-11-23. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  SlackStandIn slack;
  WolkvoxStandIn wolkvox;
  WholeBot bot;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user("U0ADMIN", true, "en-US");
    slack.user("U0MEMBER", false, "en-US");
    wolkvox = WolkvoxStandIn.start().respond(serving());
    startBot();
  }

  /** Starts the bot as Main does, through Application, on embedded H2 under the test's DATA_DIR. */
  void startBot() throws Exception {
    Map<String, String> env = WholeBot.env(SECRET, slack, dataDir);
    env.put("SLACK_BOT_TOKEN", "xoxb-test-000000000000-endtoendbot");
    env.put("WOLKVOX_BASE_URL", wolkvox.baseUrl());
    bot = WholeBot.start(env, CLOCK);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.stop();
    }
    slack.close();
    wolkvox.close();
  }

  /** Yesterday: ad A1 5 clicks (agent 101 ×3, 102 ×2), ad B2 2 clicks (no agent, 103); the day before: A1 once. */
  /** The day's clicks at chat_14, and wolkvox's directory of their agents, routing point and codes. */
  static WolkvoxStandIn.Responder serving() {
    return WolkvoxStandIn.withDirectory(new WolkvoxStandIn.Directory(
        Map.of("101", "Ana Gómez", "102", "Luis Pérez", "103", "Marta Díaz"), Map.of("RP_WA", "Ventas WhatsApp"),
        Map.of("VENTA", "Venta realizada", "INTERESADO", "Interesado"), java.util.Set.of("VENTA")),
        WolkvoxStandIn.serving(rows(), 60_000));
  }

  /** wolkvox's chat_14 requests (the directory's are counted apart). */
  static long chatRequests(WolkvoxStandIn wolkvox) {
    return wolkvox.requests().stream().filter(r -> !WolkvoxStandIn.isDirectory(r)).count();
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    LocalDateTime y = LocalDateTime.of(2026, 11, 23, 9, 0);
    rows.add(new Row("A1", "c1", "101", y, "VENTA"));
    rows.add(new Row("A1", "c2", "101", y.plusHours(1), "VENTA"));
    rows.add(new Row("A1", "c3", "101", y.plusHours(2), ""));
    rows.add(new Row("A1", "c4", "102", y.plusHours(3), "INTERESADO"));
    rows.add(new Row("A1", "c4", "102", y.plusHours(4), "TIMEOUTCHAT"));
    rows.add(new Row("B2", "c5", "", y.plusHours(5), ""));
    rows.add(new Row("B2", "c6", "103", y.plusHours(14).plusMinutes(59), "VENTA"));
    rows.add(new Row("A1", "c0", "101", y.minusDays(1), "VENTA"));
    return rows;
  }

  HttpResponse<String> clicks(String text, String user, String responseId) throws Exception {
    return bot.posts().slashCommand(
        SignedRequests.clicksForm(HomePayloads.TEAM, user, text, slack.responseUrl(responseId)));
  }

  @Test
  void anAdminConnectsThenAMemberAsksForYesterdayAndReadsTheRightNumbers() throws Exception {
    HttpResponse<String> submitted =
        bot.posts().interaction(HomePayloads.submission("U0ADMIN", "0042", WOLKVOX_TOKEN, "America/Bogota", "en"));
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("update", JsonParser.parseString(submitted.body()).getAsJsonObject().get("response_action").getAsString());
    String verdict = slack.next("views.update").params().get("view");
    assertFalse(verdict.contains(WOLKVOX_TOKEN), verdict);
    assertEquals(WOLKVOX_TOKEN, wolkvox.requests().get(0).token(), "the connection test used the saved token");
    long afterConnect = chatRequests(wolkvox);

    HttpResponse<String> ack = clicks("yesterday", "U0MEMBER", "first");
    assertEquals(200, ack.statusCode(), ack.body());
    JsonObject answer = JsonParser.parseString(slack.nextResponse("first")).getAsJsonObject();
    String text = answer.toString();
    assertTrue(text.contains("2026-11-23") || text.contains("yesterday") || text.contains("Yesterday"), text);
    assertTrue(text.contains("*7*") || text.matches("(?s).*\\b7\\b.*"), text);
    assertTrue(text.contains("A1") && text.contains("B2"), text);
    assertTrue(text.indexOf("A1") < text.indexOf("B2"), "A1 (5) ranks before B2 (2): " + text);
    assertTrue(text.contains("101") && text.contains("102") && text.contains("103"), text);
    assertTrue(text.indexOf("101") < text.indexOf("103"), "agent 101 (3) ranks before 103 (1): " + text);
    int afterFirstAnswer = wolkvox.requests().size();
    assertEquals(1, chatRequests(wolkvox) - afterConnect, "yesterday and the day before come in one request");
    assertEquals(3, wolkvox.requests().stream().filter(WolkvoxStandIn::isDirectory).count(),
        "and the directory's three lists, once");

    clicks("ayer", "U0MEMBER", "second");
    String again = slack.nextResponse("second");
    assertTrue(again.contains("A1"), again);
    assertEquals(afterFirstAnswer, wolkvox.requests().size(), "asking again costs wolkvox nothing");

    HttpResponse<String> refused =
        bot.posts().interaction(HomePayloads.submission("U0MEMBER", "9999", "another-token-123456", "UTC", "es"));
    assertEquals(200, refused.statusCode(), refused.body());
    assertEquals("errors", JsonParser.parseString(refused.body()).getAsJsonObject().get("response_action").getAsString());
    clicks("yesterday", "U0MEMBER", "third");
    slack.nextResponse("third");
    assertTrue(wolkvox.requests().stream().allMatch(r -> WOLKVOX_TOKEN.equals(r.token())),
        "a member's submission changed nothing: every request still uses the admin's token");
    assertTrue(wolkvox.requests().stream().allMatch(r -> r.path().startsWith("/api/v2/reports_manager.php")
        || r.path().equals("/api/v2/information.php")));
  }

  @Test
  void atStartTheBotWarmsItselfSoThatThePersonsFirstRequestNeedsNoCallToSlack() throws Exception {
    long atStart = slack.methods().stream().filter("auth.test"::equals).count();

    HttpResponse<String> ack = clicks("help", "U0MEMBER", "help");

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(ack.body().contains("/clicks"), ack.body());
    assertEquals(atStart, slack.methods().stream().filter("auth.test"::equals).count(),
        "the warm-up request fetched (and Bolt cached) the bot's identity: " + slack.methods());
  }

  @Test
  void theSettingsAndTheStoredClicksSurviveARestart() throws Exception {
    bot.posts().interaction(HomePayloads.submission("U0ADMIN", "0042", WOLKVOX_TOKEN, "America/Bogota", "en"));
    slack.next("views.update");
    clicks("yesterday", "U0MEMBER", "before");
    slack.nextResponse("before");
    int requests = wolkvox.requests().size();
    bot.stop();

    startBot();
    assertTrue(Files.exists(dataDir.resolve("settings-encryption.key")));

    clicks("yesterday", "U0MEMBER", "after");
    String after = slack.nextResponse("after");
    assertTrue(after.contains("A1") && after.contains("101"), after);
    assertEquals(requests, wolkvox.requests().size(), "the restarted bot answers from the stored clicks");
  }
}
