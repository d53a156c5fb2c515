package app.clicks.slack.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.testing.CapturedLogs;
import app.clicks.wolkvox.WolkvoxException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wolkvox token appears in no log line and in no call to Slack: only in the one modal submission that
 * brings it in. Logging keeps the configured caps (Slack's SDK at INFO), with everything else at DEBUG.
 */
class ConnectFlowLogsTest {
  static final String TOKEN = "wolkvox-Log-Tok3n-1b2c3d4e5f";

  @Test
  void theTokenIsInNoLogLineAndNoSlackCall() throws Exception {
    CapturedLogs logs = CapturedLogs.root(Level.DEBUG);
    List<String> answers = new ArrayList<>();
    try (HomeHarness h = new HomeHarness()) {
      h.slack.user("U0ADMIN", true, "en-US");
      h.event(HomePayloads.homeOpened("U0ADMIN"));
      h.slack.next("views.publish");
      answers.add(h.interaction(HomePayloads.button("U0ADMIN", ConnectActions.CONNECT)).body());
      h.slack.next("views.open");
      answers.add(h.interaction(HomePayloads.submission("U0ADMIN", "bad id", TOKEN, "UTC", "en")).body());
      answers.add(h.interaction(HomePayloads.submission("U0ADMIN", "0042", TOKEN, "America/Bogota", "es")).body());
      h.slack.next("views.update");
      h.slack.next("views.publish");
      h.wolkvox.failWith(WolkvoxException.Kind.TOKEN_REJECTED);
      answers.add(h.interaction(HomePayloads.button("U0ADMIN", ConnectActions.TEST)).body());
      h.slack.next("views.publish");
      h.slack.next("views.publish");
      answers.add(h.interaction(HomePayloads.submission("U0ADMIN", "0043", null, "UTC", "en")).body());
      h.slack.next("views.update");
      h.slack.next("views.publish");
      answers.add(h.interaction(HomePayloads.button("U0ADMIN", ConnectActions.DISCONNECT)).body());
      h.slack.next("views.publish");
      h.event(HomePayloads.appUninstalled());

      assertEquals(TOKEN, h.wolkvox.asked.take().connection().token(), "the flow really used the token");
      for (SlackStandIn.Call call : h.slack.calls()) {
        assertFalse(call.body().contains(TOKEN), "token sent to Slack in " + call.method());
        assertFalse(call.params().toString().contains(TOKEN), "token sent to Slack in " + call.method());
      }
      assertTrue(h.slack.calls().size() >= 8, h.slack.methods().toString());
    } finally {
      logs.close();
    }
    for (String answer : answers) {
      assertFalse(answer.contains(TOKEN), "token in an answer to Slack: " + answer);
    }
    assertTrue(logs.events().size() > 3, "the logs were captured: " + logs.events().size());
    assertTrue(logs.events().stream().anyMatch(e -> e.getFormattedMessage().contains("connected workspace T0TEST")));
    for (ILoggingEvent e : logs.events()) {
      assertFalse(e.getFormattedMessage().contains(TOKEN), "token logged: " + e.getFormattedMessage());
      assertFalse(String.valueOf(e.getMDCPropertyMap()).contains(TOKEN));
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), "token in a logged exception");
      }
    }
  }
}
