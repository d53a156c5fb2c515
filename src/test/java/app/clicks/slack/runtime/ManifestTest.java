package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.clicks.ClicksFeature;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * manifest.yml follows the rules of Slack's app manifest schema (v1; the rules used are copied in
 * src/test/resources/slack/manifest-rules.v1.json) and declares what the bot really uses, for HTTP mode.
 */
class ManifestTest {
  private static final String EVENTS_URL = "https://YOUR-APP.herokuapp.com/slack/events";

  @Test
  void manifestFollowsSlacksSchema() throws Exception {
    List<String> problems = new ArrayList<>();
    schema().check(manifest(), problems);
    assertEquals(List.of(), problems);
  }

  @Test
  @SuppressWarnings("unchecked")
  void manifestDeclaresTheCommandHomeTabEventsInteractivityAndScopes() throws Exception {
    Map<String, Object> m = manifest();
    assertEquals(1, at(m, "_metadata", "major_version"));
    Map<String, Object> features = (Map<String, Object>) m.get("features");
    assertEquals(true, at(features, "app_home", "home_tab_enabled"));
    assertEquals(true, at(features, "app_home", "messages_tab_enabled"), "the DM with a chart or CSV is visible");
    assertEquals(true, at(features, "app_home", "messages_tab_read_only_enabled"));
    List<Map<String, Object>> commands = (List<Map<String, Object>>) features.get("slash_commands");
    assertEquals(1, commands.size());
    assertEquals(ClicksFeature.COMMAND, commands.get(0).get("command"));
    assertEquals(EVENTS_URL, commands.get(0).get("url"));
    assertEquals(List.of("commands", "chat:write", "chat:write.public", "users:read", "files:write", "im:write",
        "channels:join"),
        at(m, "oauth_config", "scopes", "bot"));
    assertEquals(EVENTS_URL, at(m, "settings", "event_subscriptions", "request_url"));
    assertEquals(List.of("app_home_opened", "app_uninstalled", "tokens_revoked"),
        at(m, "settings", "event_subscriptions", "bot_events"));
    assertEquals(true, at(m, "settings", "interactivity", "is_enabled"));
    assertEquals(EVENTS_URL, at(m, "settings", "interactivity", "request_url"));
    assertEquals(false, at(m, "settings", "socket_mode_enabled"));
    assertTrue(EVENTS_URL.endsWith(SlackHttpServer.EVENTS_PATH));
  }

  @Test
  void theCheckerCatchesWhatSlackWouldRefuse() throws Exception {
    String bad = Files.readString(Path.of("manifest.yml"), StandardCharsets.UTF_8)
        .replace("- command: /clicks", "- command: clicks")
        .replace("home_tab_enabled: true", "home_tab_enabled: yes please")
        .replace("  socket_mode_enabled: false", "  socket_mode_enabled: false\n  dark_mode: true");
    List<String> problems = new ArrayList<>();
    schema().check(SimpleYaml.parse(bad), problems);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("dark_mode is not allowed")), problems.toString());
  }

  @Test
  void theYamlReaderRefusesWhatItDoesNotUnderstand() {
    assertThrows(IllegalArgumentException.class, () -> SimpleYaml.parse("a: [1, 2]"));
    assertThrows(IllegalArgumentException.class, () -> SimpleYaml.parse("a: b: c"));
    assertThrows(IllegalArgumentException.class, () -> SimpleYaml.parse("a:\n  b: 1\n c: 2"));
    assertEquals(Map.of("a", Map.of("b", List.of("x", Map.of("c", 1, "d", "e f")))),
        SimpleYaml.parse("# c\na:\n  b:\n    - x\n    - c: 1\n      d: \"e f\" # note\n"));
    assertFalse(SimpleYaml.parse("a: \"#1\"").toString().contains("note"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> manifest() throws Exception {
    return (Map<String, Object>) SimpleYaml.parse(Files.readString(Path.of("manifest.yml"), StandardCharsets.UTF_8));
  }

  private static ManifestSchema schema() throws Exception {
    try (InputStream in = ManifestTest.class.getResourceAsStream("/slack/manifest-rules.v1.json")) {
      JsonObject rules = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .getAsJsonObject();
      return new ManifestSchema(rules);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> m, String... keys) {
    Object v = m;
    for (String k : keys) {
      v = ((Map<String, Object>) v).get(k);
    }
    return v;
  }
}
