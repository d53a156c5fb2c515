package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.common.BoltApps;
import app.clicks.slack.testing.SlackStandIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With many workspaces the start-up warm-up needs no installation: a signed url_verification that Bolt answers
 * without a token, and no Web API call. The one-workspace warm-up (/clicks help) is not sent there.
 */
class InstallWarmupTest {
  static final BoltApps.Installs INSTALLS = new BoltApps.Installs("1111.2222", "client-secret",
      "commands,chat:write", "https://clicks.example.com");

  @Test
  void theWarmUpOfManyWorkspacesNeedsNoInstallation() throws Exception {
    try (SlackStandIn slack = new SlackStandIn();
        SlackHttpServer server = new SlackHttpServer(
            BoltApps.newInstallableApp(INSTALLS, RuntimeTest.SIGNING_SECRET, slack.apiUrl()), 0, Map.of(),
            Duration.ofSeconds(5)).start()) {
      assertTrue(StartupWarmup.runWithoutInstallation(server.port(), RuntimeTest.SIGNING_SECRET,
          Duration.ofSeconds(5)));
      assertEquals(List.of(), slack.methods());
    }
  }
}
