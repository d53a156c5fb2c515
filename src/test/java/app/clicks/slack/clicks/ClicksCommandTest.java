package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.Texts;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.wolkvox.WolkvoxException.Kind;
import app.clicks.wolkvox.WolkvoxException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** /clicks through the real Bolt app over HTTP, with signed requests, a Slack stand-in and a fake store. */
class ClicksCommandTest {

  @Test
  void yesterdayIsAcknowledgedWithTheFetchingNoteAndAnsweredThroughTheResponseUrl() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.reader.daysToFetch = 2;
      HttpResponse<String> ack = bot.command("", "U0ANA", "r1");
      assertEquals(200, ack.statusCode());
      JsonObject ackJson = JsonParser.parseString(ack.body()).getAsJsonObject();
      assertEquals("ephemeral", ackJson.get("response_type").getAsString());
      assertTrue(ackJson.get("text").getAsString().startsWith("Fetching 2 days from wolkvox"), ack.body());

      JsonObject answer = JsonParser.parseString(bot.slack.nextResponse("r1")).getAsJsonObject();
      assertEquals("ephemeral", answer.get("response_type").getAsString());
      assertTrue(answer.get("replace_original").getAsBoolean());
      assertEquals("yesterday: 3 clicks, 3 chats, 1 without an agent.", answer.get("text").getAsString());
      String blocks = answer.get("blocks").toString();
      assertTrue(blocks.contains("Clicks · yesterday (America/Bogota)"), blocks);
      assertTrue(blocks.contains("*Clicks*\\n3  +1 (+50.0%)"), blocks);
      assertTrue(blocks.contains("1. <https://fb.me/ad-1|ad-1> · ad · video — *2 clicks* (±0)"), blocks);
      assertTrue(blocks.contains("2. <https://www.instagram.com/p/2|ad-2> · post · image — *1 click* (+1)"), blocks);
      assertTrue(blocks.contains("1. *ana* — 2 clicks (+1)"), blocks);
      assertTrue(blocks.contains("Data fetched from wolkvox at 2026-11-24 09:55 (America/Bogota)."), blocks);
      JsonObject button = shareButton(answer);
      assertEquals("Share in channel", button.getAsJsonObject("text").get("text").getAsString());
      assertEquals(ShareValue.encode(new ShareValue(BotHarness.NOW.getEpochSecond(), 5, "")).orElseThrow(),
          button.get("value").getAsString());

      assertEquals(LocalDate.of(2026, 11, 23), bot.reader.asked.get(0).current().firstDay());
      assertEquals("0042", bot.reader.connections.get(0).serverId());
      assertEquals(BotHarness.WOLKVOX_TOKEN, bot.reader.connections.get(0).token());
    }
  }

  @Test
  void nothingToFetchAcknowledgesWithAShortWorkingNote() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      HttpResponse<String> ack = bot.command("yesterday top 1", "U0ANA", "r1");
      assertEquals("Working on it…", JsonParser.parseString(ack.body()).getAsJsonObject().get("text").getAsString());
      String blocks = JsonParser.parseString(bot.slack.nextResponse("r1")).getAsJsonObject().get("blocks").toString();
      assertTrue(blocks.contains("+1 more"), "top 1 leaves one more ad: " + blocks);
    }
  }

  @Test
  void theAcknowledgementDoesNotWaitForTheStore() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.reader.daysToFetch = 1;
      bot.reader.gate = new CountDownLatch(1);
      CompletableFuture<HttpResponse<String>> ack =
          bot.http.sendAsync(bot.commandRequest("", "U0ANA", "r1"), HttpResponse.BodyHandlers.ofString());
      // The store blocks until the gate opens (20 s at most); the ack must come back while it is still closed.
      HttpResponse<String> r = ack.get(10, TimeUnit.SECONDS);
      assertTrue(bot.reader.entered.await(10, TimeUnit.SECONDS), "the work started");
      assertEquals(1, bot.reader.gate.getCount(), "the gate is still closed");
      assertTrue(r.body().contains("Fetching 1 day from wolkvox"), r.body());
      bot.reader.gate.countDown();
      assertTrue(bot.slack.nextResponse("r1").contains("yesterday: 3 clicks"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyWolkvoxFailureIsToldInPlainWordsWithWhatToDo(Kind kind) throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.reader.failure = new WolkvoxException(kind, "0042", "20261123000000..20261123235959",
          "internal detail " + kind + " at wolkvox.Client line 42");
      bot.command("yesterday", "U0ANA", "r1");
      JsonObject answer = JsonParser.parseString(bot.slack.nextResponse("r1")).getAsJsonObject();
      String text = answer.get("text").getAsString();
      assertEquals(Texts.of("clicks", Locale.ENGLISH).get("error." + kind.name()), text);
      String expected = switch (kind) {
        case TOKEN_REJECTED -> "reconnect wolkvox in the App Home";
        case QUOTA_EXCEEDED -> "tomorrow";
        case TOO_MANY_REQUESTS, SERVER_ERROR, TIMEOUT, CONNECTION, BAD_RESPONSE -> "Try again later";
        case BUDGET_EXHAUSTED -> "budget";
      };
      assertTrue(text.contains(expected) || text.contains("Try again in a few minutes"), text);
      if (kind == Kind.TOKEN_REJECTED) {
        assertTrue(text.contains("whitelisted"), text);
      }
      assertFalse(answer.toString().contains("internal detail"), "no internal text reaches the user");
      assertNull(findShareButton(answer), "a failure has nothing to share");
    }
  }

  @Test
  void anUnexpectedStoreFailureShowsNoInternalText() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.reader.crash = new IllegalStateException("org.postgresql.util.PSQLException: relation clicks missing");
      bot.command("", "U0ANA", "r1");
      String answer = bot.slack.nextResponse("r1");
      assertTrue(answer.contains("Something went wrong on our side"), answer);
      assertFalse(answer.contains("PSQLException"), answer);
    }
  }

  @Test
  void settingsThatCannotBeReadGetAPlainAcknowledgement() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.settings.failing = true;
      HttpResponse<String> ack = bot.command("", "U0ANA", "r1");
      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("Something went wrong on our side"), ack.body());
      assertFalse(ack.body().contains("dbsecret") || ack.body().contains("jdbc"), ack.body());
      String help = bot.command("help", "U0ANA", "r2").body();
      assertTrue(help.contains("/clicks last 7 days top 10"), "help needs no database: " + help);
    }
  }

  @Test
  void notConnectedTellsThatAnAdminMustConnectInTheAppHome() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      HttpResponse<String> ack = bot.command("yesterday", "U0ANA", "r1");
      assertTrue(ack.body().contains("an admin must connect wolkvox in the App Home"), ack.body());
      assertTrue(bot.reader.asked.isEmpty());

      bot.settings.save(new WorkspaceSettings(BotHarness.WORKSPACE, "0042", null, WorkspaceSettings.TokenState.NONE,
          BotHarness.BOGOTA, Locale.forLanguageTag("es"), "U0ADMIN", BotHarness.NOW));
      ack = bot.command("", "U0ANA", "r2");
      assertTrue(ack.body().contains("un administrador debe conectar wolkvox"), ack.body());

      bot.settings.save(new WorkspaceSettings(BotHarness.WORKSPACE, "0042", null,
          WorkspaceSettings.TokenState.UNREADABLE, BotHarness.BOGOTA, Locale.ENGLISH, "U0ADMIN", BotHarness.NOW));
      ack = bot.command("", "U0ANA", "r3");
      assertTrue(ack.body().contains("connect wolkvox again in the App Home"), ack.body());
      assertTrue(bot.reader.asked.isEmpty());
    }
  }

  @Test
  void helpAndBadInputGetExamplesInEnglish() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      String help = bot.command("help", "U0ANA", "r1").body();
      assertTrue(help.contains("/clicks last 7 days top 10"), help);
      assertTrue(help.contains("ephemeral"), help);
      String bad = bot.command("next century", "U0ANA", "r2").body();
      assertTrue(bad.contains("I could not read \\\"next century\\\" as a period."), bad);
      assertTrue(bad.contains("/clicks last 7 days top 10"), bad);
      String badDate = bot.command("2026-02-30", "U0ANA", "r3").body();
      assertTrue(badDate.contains("I could not use \\\"2026-02-30\\\": \\\"2026-02-30\\\" is not a date"), badDate);
      assertTrue(badDate.contains("Examples"), badDate);
      String badTop = bot.command("yesterday top many", "U0ANA", "r4").body();
      assertTrue(badTop.contains("Usage"), badTop);
      assertTrue(bot.reader.asked.isEmpty(), "nothing was asked of the store");
    }
  }

  @Test
  void helpAndBadInputGetExamplesInSpanish() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.forLanguageTag("es"));
      String help = bot.command("ayuda", "U0ANA", "r1").body();
      assertTrue(help.contains("/clicks últimos 7 días top 10"), help);
      assertTrue(help.contains("Ejemplos"), help);
      String bad = bot.command("el siglo que viene", "U0ANA", "r2").body();
      assertTrue(bad.contains("No pude entender \\\"el siglo que viene\\\" como un periodo."), bad);
      assertTrue(bad.contains("Ejemplos"), bad);
      String backwards = bot.command("2026-11-15..2026-11-01", "U0ANA", "r3").body();
      assertTrue(backwards.contains("el rango 2026-11-15..2026-11-01 termina antes de empezar"), backwards);
      String tooLong = bot.command("últimos 400 días", "U0ANA", "r4").body();
      assertTrue(tooLong.contains("son 400 días, y un informe cubre como máximo 92 días"), tooLong);
      assertTrue(bot.reader.asked.isEmpty(), "nothing was asked of the store");
    }
  }

  @Test
  void helpInPortuguese() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.forLanguageTag("pt"));
      String help = bot.command("ajuda", "U0ANA", "r1").body();
      assertTrue(help.contains("Exemplos") && help.contains("/clicks últimos 7 dias top 10"), help);
    }
  }

  @Test
  void theAnswerIsInTheUsersSlackLocaleWhenSlackGivesIt() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.slack.user("U0PEDRO", false, "es-LA");
      bot.command("", "U0PEDRO", "r1");
      String answer = bot.slack.nextResponse("r1");
      assertTrue(answer.contains("ayer: 3 clics"), answer);
      assertEquals("U0PEDRO", bot.slack.next("users.info").params().get("user"));
      // Now remembered: the acknowledgement is in Spanish too, without asking Slack again.
      HttpResponse<String> ack = bot.command("", "U0PEDRO", "r2");
      assertTrue(ack.body().contains("Trabajando"), ack.body());
      bot.slack.nextResponse("r2");
      assertNull(bot.slack.poll("users.info", 0));
    }
  }

  @Test
  void aFastLaneThatRefusesWorkTellsWhyAndToTryAgainInAMoment() throws Exception {
    try (BotHarness bot = new BotHarness(1, 0)) {
      bot.connect(Locale.ENGLISH);
      bot.reader.gate = new CountDownLatch(1);
      bot.command("", "U0ANA", "r1");
      assertTrue(bot.reader.entered.await(10, TimeUnit.SECONDS));
      HttpResponse<String> second = bot.command("", "U0LUIS", "r2");
      assertTrue(second.body().contains("the bot is restarting or has all the work it can queue. Please try again in a"
          + " moment"), second.body());
      bot.reader.gate.countDown();
      assertTrue(bot.slack.nextResponse("r1").contains("yesterday: 3 clicks"));
    }
  }

  @Test
  void shareButtonPostsTheSameAnswerInTheChannelAndRemovesTheEphemeral() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.command("yesterday top 1", "U0ANA", "r1");
      JsonObject answer = JsonParser.parseString(bot.slack.nextResponse("r1")).getAsJsonObject();
      String value = shareButton(answer).get("value").getAsString();

      HttpResponse<String> click = bot.share(value, "U0ANA", "s1");
      assertEquals(200, click.statusCode());
      JsonObject shared = JsonParser.parseString(bot.slack.nextResponse("s1")).getAsJsonObject();
      assertEquals("in_channel", shared.get("response_type").getAsString());
      assertFalse(shared.get("replace_original").getAsBoolean());
      assertEquals(answer.get("text"), shared.get("text"));
      assertTrue(shared.get("blocks").toString().contains("Shared by <@U0ANA>."), shared.toString());
      assertNull(findShareButton(shared), "the shared message has no share button");
      assertTrue(shared.get("blocks").toString().contains("1. <https://fb.me/ad-1|ad-1>"));
      JsonObject delete = JsonParser.parseString(bot.slack.nextResponse("s1")).getAsJsonObject();
      assertTrue(delete.get("delete_original").getAsBoolean());
      assertEquals(bot.reader.asked.get(0), bot.reader.asked.get(1), "the same periods were asked again");
    }
  }

  @Test
  void aShareButtonWithAValueThatIsNotOursSaysItExpired() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.share("garbage", "U0ANA", "s1");
      assertTrue(bot.slack.nextResponse("s1").contains("This button has expired"));
    }
  }

  @Test
  void wrongSignatureOrStaleTimestampIsRefusedWith401() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      String body = SignedRequests.formBody(java.util.Map.of("command", "/clicks", "text", "", "team_id", "T0TEST",
          "user_id", "U0ANA", "response_url", bot.slack.responseUrl("x")));
      SignedRequests wrong = new SignedRequests("another-secret",
          bot.eventsUrl());
      assertEquals(401, bot.send(wrong.signed(body, "application/x-www-form-urlencoded", java.time.Instant.now()))
          .statusCode());
      assertEquals(401, bot.send(bot.signed.signed(body, "application/x-www-form-urlencoded",
          java.time.Instant.now().minusSeconds(600))).statusCode());
      assertTrue(bot.reader.asked.isEmpty());
    }
  }

  static JsonObject shareButton(JsonObject message) {
    JsonObject b = findShareButton(message);
    if (b == null) {
      throw new AssertionError("no share button in " + message);
    }
    return b;
  }

  static JsonObject findShareButton(JsonObject message) {
    JsonArray blocks = message.getAsJsonArray("blocks");
    for (JsonElement e : blocks) {
      JsonObject block = e.getAsJsonObject();
      if (block.get("type").getAsString().equals("actions")) {
        for (JsonElement el : block.getAsJsonArray("elements")) {
          if (el.getAsJsonObject().get("action_id").getAsString().equals(ShareAction.ACTION_ID)) {
            return el.getAsJsonObject();
          }
        }
      }
    }
    return null;
  }
}
