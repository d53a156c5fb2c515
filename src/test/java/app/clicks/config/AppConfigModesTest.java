package app.clicks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two modes, chosen by the environment: SLACK_BOT_TOKEN serves one workspace as before; SLACK_CLIENT_ID and
 * SLACK_CLIENT_SECRET (with PUBLIC_URL) serve many through "Add to Slack". Every wrong combination is named at start,
 * all in one message, never with a secret's value.
 */
class AppConfigModesTest {
  static final String BOT = "xoxb-test-000000000000-fakebottoken";
  static final String ID = "1234567890.0987654321";
  static final String CLIENT_SECRET = "clientsecretvalue42";

  static Map<String, String> many() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_CLIENT_ID", ID);
    env.put("SLACK_CLIENT_SECRET", CLIENT_SECRET);
    env.put("SLACK_SIGNING_SECRET", "signing");
    env.put("PUBLIC_URL", "https://clicks.example.com/");
    return env;
  }

  static List<String> problems(Map<String, String> env) {
    return assertThrows(ConfigException.class, () -> AppConfig.from(env)).problems();
  }

  @Test
  void aBotTokenIsOneWorkspaceAsBefore() {
    AppConfig c = AppConfig.from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s"));
    assertFalse(c.multiWorkspace());
    assertNull(c.slackInstall());
    assertEquals(BOT, c.slackBotToken());
    assertNull(c.publicUrl());
  }

  @Test
  void clientIdAndSecretAreManyWorkspacesWithTheManifestScopesByDefault() {
    AppConfig c = AppConfig.from(many());
    assertTrue(c.multiWorkspace());
    assertNull(c.slackBotToken());
    assertEquals(new AppConfig.SlackInstall(ID, CLIENT_SECRET,
        "commands,chat:write,chat:write.public,users:read,files:write,im:write,channels:join"),
        c.slackInstall());
    assertEquals("https://clicks.example.com", c.publicUrl(), "without the trailing slash");
    assertFalse(c.toString().contains(CLIENT_SECRET), c.toString());
    assertFalse(c.slackInstall().toString().contains(CLIENT_SECRET));
    assertTrue(c.toString().contains("workspaces=many"), c.toString());
  }

  @Test
  void slackScopesMayBeGiven() {
    Map<String, String> env = many();
    env.put("SLACK_SCOPES", "commands, chat:write");
    assertEquals("commands,chat:write", AppConfig.from(env).slackInstall().scopes());
    env.put("SLACK_SCOPES", "commands;drop table");
    assertTrue(problems(env).get(0).startsWith("SLACK_SCOPES"));
  }

  @Test
  void bothKindsOfCredentialsAreAProblem() {
    Map<String, String> env = many();
    env.put("SLACK_BOT_TOKEN", BOT);
    List<String> p = problems(env);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("Both SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are set"), p.get(0));
  }

  @Test
  void onlyTheClientIdOrOnlyTheSecretIsAProblem() {
    Map<String, String> env = many();
    env.remove("SLACK_CLIENT_SECRET");
    assertEquals(List.of("SLACK_CLIENT_ID is set without SLACK_CLIENT_SECRET: set both (Basic Information > App "
        + "Credentials) to serve many workspaces."), problems(env));
    env = many();
    env.remove("SLACK_CLIENT_ID");
    assertEquals(List.of("SLACK_CLIENT_SECRET is set without SLACK_CLIENT_ID: set both (Basic Information > App "
        + "Credentials) to serve many workspaces."), problems(env));
  }

  @Test
  void aClientIdWithSocketModeIsAProblem() {
    Map<String, String> env = many();
    env.put("SLACK_APP_TOKEN", "xapp-1-abc");
    List<String> p = problems(env);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("SLACK_CLIENT_ID cannot be used with Socket Mode (SLACK_APP_TOKEN)"), p.get(0));
  }

  @Test
  void manyWorkspacesNeedAnHttpsPublicUrlAndTheSigningSecret() {
    Map<String, String> env = many();
    env.remove("PUBLIC_URL");
    env.remove("SLACK_SIGNING_SECRET");
    List<String> p = problems(env);
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("SLACK_SIGNING_SECRET is missing")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("PUBLIC_URL is missing")), p.toString());
    env = many();
    env.put("PUBLIC_URL", "http://clicks.example.com");
    assertEquals(List.of("PUBLIC_URL must be the https address the bot is reached at, such as "
        + "https://clicks.example.com (http only for localhost)."), problems(env));
  }

  @Test
  void everyWrongCombinationIsNamedInOneMessageWithoutSecrets() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", BOT);
    env.put("SLACK_CLIENT_ID", ID);
    env.put("SLACK_APP_TOKEN", "xapp-1-appsecretvalue");
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(env));
    assertEquals(3, e.problems().size(), e.getMessage());
    String m = e.getMessage();
    assertTrue(m.startsWith("The configuration has 3 problems:"), m);
    assertTrue(m.contains("Both SLACK_BOT_TOKEN and") && m.contains("SLACK_CLIENT_ID is set without SLACK_CLIENT_SECRET")
        && m.contains("SLACK_CLIENT_ID cannot be used with Socket Mode"), m);
    assertFalse(m.contains("fakebottoken") || m.contains("appsecretvalue") || m.contains(ID), m);
  }

  @Test
  void noCredentialsAtAllNamesBothWays() {
    List<String> p = problems(Map.of("SLACK_SIGNING_SECRET", "s"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("SLACK_BOT_TOKEN is missing") && p.get(0).contains("SLACK_CLIENT_ID"), p.get(0));
  }

  @Test
  void servingManyWorkspacesAnAdminIsNamedWithItsWorkspaceAndABareUserIdIsRefused() {
    Map<String, String> env = many();
    env.put("ADMIN_USER_IDS", "T0ONE:U0ANA, E0GRID:W0BEA");
    assertEquals(java.util.Set.of("T0ONE:U0ANA", "E0GRID:W0BEA"), AppConfig.from(env).adminUserIds());

    env.put("ADMIN_USER_IDS", "T0ONE:U0ANA,U0CARL");
    List<String> problems = problems(env);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("ADMIN_USER_IDS has \"U0CARL\" without a workspace")
        && problems.get(0).contains("T0123ABCD:U0CARL"), problems.get(0));
  }

  @Test
  void servingOneWorkspaceBareUserIdsAndWorkspaceUsersAreBothAdmins() {
    AppConfig c = AppConfig.from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s",
        "ADMIN_USER_IDS", "U0ANA,T0ONE:U0BEA"));
    assertEquals(java.util.Set.of("U0ANA", "T0ONE:U0BEA"), c.adminUserIds());
    List<String> problems = problems(new HashMap<>(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s",
        "ADMIN_USER_IDS", "T0ONE:bob")));
    assertTrue(problems.get(0).contains("like T0123ABCD:U012ABCDEF"), problems.toString());
  }
}
