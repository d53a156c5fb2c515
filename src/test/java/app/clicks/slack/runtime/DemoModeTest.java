package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.slack.testing.WholeBot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With WOLKVOX_DEMO=true, the whole bot as the composition root wires it answers from the built-in demo data before
 * anyone connects wolkvox, and its Home tab says so.
 */
class DemoModeTest {
  @TempDir Path dataDir;
  SlackStandIn slack;
  WholeBot bot;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user("U0MEMBER", false, "en-US");
    slack.user("U0ADMIN", true, "en-US");
    Map<String, String> env = WholeBot.env(BotEndToEndTest.SECRET, slack, dataDir);
    env.put("SLACK_BOT_TOKEN", "xoxb-test-000000000000-demobot");
    env.put("WOLKVOX_DEMO", "true");
    bot = WholeBot.start(env, BotEndToEndTest.CLOCK);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.stop();
    }
    slack.close();
  }

  @Test
  void clicksYesterdayIsAnsweredWithASummaryBeforeAnythingIsConnected() throws Exception {
    HttpResponse<String> ack = bot.posts().slashCommand(SignedRequests.clicksForm(HomePayloads.TEAM, "U0MEMBER", "yesterday",
        slack.responseUrl("demo")));

    assertEquals(200, ack.statusCode(), ack.body());
    assertFalse(ack.body().contains("connect wolkvox"), ack.body());
    String answer = slack.nextResponse("demo");
    assertFalse(answer.contains("not connected"), answer);
    assertTrue(answer.contains("Clicks · yesterday (America/Bogota)"), "a summary of yesterday: " + answer);
    assertTrue(answer.contains("Top ads and posts") && answer.contains("Top agents"), answer);
    assertTrue(answer.contains("Demo data, not from wolkvox."), "the footer names the demo data: " + answer);
    assertFalse(answer.contains("fetched from wolkvox"), answer);
  }

  @Test
  void theHomeTabSaysTheBotRunsOnDemoData() throws Exception {
    bot.posts().event(HomePayloads.homeOpened("U0ADMIN"));

    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("Demo mode") && home.contains("built-in demo data"), home);
  }
}
