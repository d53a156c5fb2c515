package app.clicks.slack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.common.BoltApps;
import com.slack.api.bolt.App;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.junit.jupiter.api.Test;

/** The Slack stand-in answers the real Slack client the way Slack does, so Bolt can run against it. */
public class SlackStandInTest {

  @Test
  public void theRealClientReachesTheStandInAndSeesTheBotIdentity() throws Exception {
    try (SlackStandIn slack = new SlackStandIn()) {
      App app = BoltApps.newApp("xoxb-test-000000000000-fake", "secret", slack.apiUrl());
      AuthTestResponse auth = app.client().authTest(r -> r.token("xoxb-test-000000000000-fake"));
      assertTrue(auth.isOk());
      assertEquals("T0TEST", auth.getTeamId());
      assertEquals("auth.test", slack.next("auth.test").method());
    }
  }
}
