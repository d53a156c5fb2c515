package app.clicks.slack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.testing.SlackStandIn;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.junit.jupiter.api.Test;

/**
 * Every OAuth field of Bolt's AppConfig comes from our config, not from Bolt's defaults (`start`, `callback`) or the
 * environment it reads by itself, and every Web API call (oauth.v2.access too) goes to the configured SLACK_API_URL.
 */
class BoltAppsOAuthTest {
  static final BoltApps.Installs INSTALLS = new BoltApps.Installs("1111.2222", "client-secret", "commands,chat:write",
      "https://clicks.example.com");

  @Test
  void manyWorkspacesServeTheInstallAtOurPathsWithOurCredentials() {
    AppConfig c = BoltApps.newInstallableApp(INSTALLS, "signing", "http://127.0.0.1:9/api/").config();

    assertTrue(c.isDistributedApp());
    assertEquals("/slack/install", c.getOauthInstallRequestURI());
    assertEquals("/slack/oauth_redirect", c.getOauthRedirectUriRequestURI());
    assertTrue(c.isOAuthInstallPathEnabled() && c.isOAuthRedirectUriPathEnabled());
    assertEquals("1111.2222", c.getClientId());
    assertEquals("client-secret", c.getClientSecret());
    assertEquals("commands,chat:write", c.getScope());
    assertNull(c.getUserScope());
    assertEquals("https://clicks.example.com/slack/oauth_redirect", c.getRedirectUri());
    assertNull(c.getOauthCompletionUrl());
    assertNull(c.getOauthCancellationUrl());
    assertNull(c.getSingleTeamBotToken());
    assertTrue(c.isStateValidationEnabled());
    assertFalse(c.isClassicAppPermissionsEnabled() || c.isOpenIDConnectEnabled());
    assertEquals("http://127.0.0.1:9/api/", c.getSlack().getConfig().getMethodsEndpointUrlPrefix());
  }

  @Test
  void oneWorkspaceHasNoOAuthFlowWhateverTheEnvironmentSays() throws Exception {
    try (SlackStandIn slack = new SlackStandIn()) {
      App app = BoltApps.newApp("xoxb-test-000000000000-fake", "signing", slack.apiUrl());
      AppConfig c = app.config();
      assertFalse(c.isDistributedApp());
      assertNull(c.getClientId());
      assertNull(c.getClientSecret());
      assertNull(c.getRedirectUri());
      assertNull(c.getScope());
      assertFalse(c.isOAuthInstallPathEnabled() || c.isOAuthRedirectUriPathEnabled());
      assertEquals("/slack/install", c.getOauthInstallRequestURI());
    }
  }
}
