package app.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.config.AppConfig;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.runtime.SlackBot;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Main refuses a bad environment with one message naming every problem; the Slack side starts and stops. */
class MainTest {

  @Test
  void aBadEnvironmentExitsWithOneMessageNamingEveryProblem() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.start(Map.of("PORT", "x", "SLACK_APP_TOKEN", "xapp-1-secretvalue-abc", "REPORT_TIMEZONE", "Nowhere"),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String out = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code);
    assertTrue(out.startsWith("The configuration has 3 problems:"), out);
    assertTrue(out.contains("SLACK_BOT_TOKEN") && out.contains("PORT") && out.contains("REPORT_TIMEZONE"), out);
    assertFalse(out.contains("\tat ") || out.contains("Exception"), "no stack trace: " + out);
    assertFalse(out.contains("secretvalue"), out);
  }

  @Test
  void theSlackSideStartsOnTheConfiguredPortAnswersAndShutsDownInOrder() throws Exception {
    try (SlackStandIn slack = new SlackStandIn()) {
      AppConfig config = AppConfig.from(Map.of("SLACK_BOT_TOKEN", "xoxb-test-000000000000-fakebottoken",
          "SLACK_SIGNING_SECRET", "main-test-secret", "SLACK_API_URL", slack.apiUrl(), "PORT", "0"));
      List<String> closed = new CopyOnWriteArrayList<>();
      List<String> registered = new CopyOnWriteArrayList<>();
      SettingsStore noSettings = new SettingsStore() {
        @Override
        public Optional<WorkspaceSettings> find(WorkspaceKey key) {
          return Optional.empty();
        }

        @Override
        public void save(WorkspaceSettings settings) {}

        @Override
        public void delete(WorkspaceKey key) {}
      };
      SlackBot.Running bot = Application.startSlack(config, noSettings, null, null, new SlackUsers(Set.of(), Clock.systemUTC()),
          Map.of("database", () -> true),
          List.of(() -> closed.add("scheduler"), () -> closed.add("pool")), app -> registered.add("home"),
          Clock.systemUTC());
      HttpClient http = HttpClient.newHttpClient();
      URI events = URI.create("http://127.0.0.1:" + bot.port() + "/slack/events");
      HttpResponse<String> ack = http.send(new SignedRequests("main-test-secret", events).slashCommand(Map.of(
          "command", "/clicks", "text", "", "team_id", "T0TEST", "user_id", "U0ANA",
          "response_url", slack.responseUrl("r1"))), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("an admin must connect wolkvox in the App Home"), ack.body());
      assertEquals(List.of("home"), registered);
      bot.shutdown().run();
      assertEquals(List.of("scheduler", "pool"), closed);
      assertThrows(java.net.ConnectException.class, () -> http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
  }
}
