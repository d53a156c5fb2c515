package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.CapturedLogs;
import app.clicks.wolkvox.WolkvoxException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** While /clicks runs (answer, share, wolkvox failure, crash), no log line holds a token or the signing secret. */
class NoTokenInLogsTest {

  @Test
  void noTokenReachesTheLogs() throws Exception {
    CapturedLogs logs = CapturedLogs.root(Level.DEBUG);
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.reader.daysToFetch = 3;
      bot.command("yesterday", "U0ANA", "r1");
      String answer = bot.slack.nextResponse("r1");
      String value = ClicksCommandTest.shareButton(com.google.gson.JsonParser.parseString(answer).getAsJsonObject())
          .get("value").getAsString();
      bot.share(value, "U0ANA", "s1");
      bot.slack.nextResponse("s1");
      bot.slack.nextResponse("s1");
      bot.reader.failure = new WolkvoxException(WolkvoxException.Kind.TOKEN_REJECTED, "0042", null,
          "wolkvox answered 401 PLEASE VALIDATE TOKEN");
      bot.command("", "U0ANA", "r2");
      bot.slack.nextResponse("r2");
      bot.reader.failure = null;
      bot.reader.crash = new IllegalStateException("store broke");
      bot.command("", "U0ANA", "r3");
      bot.slack.nextResponse("r3");
    } finally {
      logs.close();
    }
    List<ILoggingEvent> events = logs.events();
    assertTrue(events.stream().anyMatch(e -> e.getFormattedMessage().startsWith("clicks answered")),
        "the logs were captured");
    assertTrue(events.stream().anyMatch(e -> e.getFormattedMessage().contains("kind=TOKEN_REJECTED")));
    for (ILoggingEvent e : events) {
      String line = e.getFormattedMessage() + " " + throwableText(e.getThrowableProxy());
      for (String secret : new String[] {BotHarness.WOLKVOX_TOKEN, BotHarness.BOT_TOKEN, BotHarness.SIGNING_SECRET}) {
        assertFalse(line.contains(secret), "a log line holds a secret: " + e.getLoggerName() + " " + line);
      }
    }
  }

  private static String throwableText(IThrowableProxy t) {
    StringBuilder sb = new StringBuilder();
    for (IThrowableProxy p = t; p != null; p = p.getCause()) {
      sb.append(p.getClassName()).append(": ").append(p.getMessage()).append(' ');
    }
    return sb.toString();
  }
}
