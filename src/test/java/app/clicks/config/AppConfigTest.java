package app.clicks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The environment becomes one validated config, or one error naming every problem and no secret. */
class AppConfigTest {
  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // 32 bytes
  private static final String BOT = "xoxb-1111-2222-secretbotvalue";

  private static Map<String, String> minimalHttp() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", BOT);
    env.put("SLACK_SIGNING_SECRET", "signing-secret-value");
    return env;
  }

  @Test
  void minimalHttpEnvironmentGetsTheDefaults() {
    AppConfig c = AppConfig.from(minimalHttp());
    assertFalse(c.socketMode());
    assertEquals("https://slack.com/api/", c.slackApiUrl());
    assertEquals(3000, c.port());
    assertEquals(Path.of("./data"), c.dataDir());
    assertEquals(ZoneId.of("America/Bogota"), c.reportTimezone());
    assertFalse(c.database().postgres(), "the embedded H2 database");
    assertTrue(c.database().jdbcUrl().startsWith("jdbc:h2:file:"
        + Path.of("data").toAbsolutePath().normalize().resolve("clicks") + ";"), c.database().jdbcUrl());
    assertNull(c.settingsEncryptionKey());
    assertFalse(c.wolkvoxDemo());
    assertTrue(c.adminUserIds().isEmpty());
  }

  @Test
  void everySettingIsRead() {
    Map<String, String> env = minimalHttp();
    env.put("SLACK_APP_TOKEN", "xapp-1-A111-222-appsecret");
    env.put("SLACK_API_URL", "http://127.0.0.1:9999/api");
    env.put("PORT", "8080");
    env.put("DATABASE_URL", "postgres://u:p@db:5432/clicks");
    env.put("DATA_DIR", "/tmp/clicks");
    env.put("SETTINGS_ENCRYPTION_KEY", KEY);
    env.put("SETTINGS_ENCRYPTION_KEY_PREVIOUS", KEY);
    env.put("WOLKVOX_BASE_URL", "https://wv0042.wolkvox.com");
    env.put("WOLKVOX_MAX_IN_FLIGHT", "2");
    env.put("ADMIN_USER_IDS", "U012ABC, W99XYZ ,");
    env.put("REPORT_TIMEZONE", "America/Mexico_City");
    env.put("WOLKVOX_DEMO", "TRUE");
    AppConfig c = AppConfig.from(env);
    assertTrue(c.socketMode());
    assertEquals("http://127.0.0.1:9999/api/", c.slackApiUrl());
    assertEquals(8080, c.port());
    assertEquals("jdbc:postgresql://db:5432/clicks?reWriteBatchedInserts=true", c.database().jdbcUrl());
    assertEquals(Path.of("/tmp/clicks"), c.dataDir());
    assertEquals(KEY, c.settingsEncryptionKey());
    assertEquals(KEY, c.settingsEncryptionKeyPrevious());
    assertEquals("https://wv0042.wolkvox.com", c.wolkvox().baseUrl());
    assertEquals(Set.of("U012ABC", "W99XYZ"), c.adminUserIds());
    assertEquals(ZoneId.of("America/Mexico_City"), c.reportTimezone());
    assertTrue(c.wolkvoxDemo());
    assertEquals(2, c.wolkvox().maxInFlight(), "WOLKVOX_MAX_IN_FLIGHT, read once for the client");
    assertEquals(2, c.store().maxInFlight(), "and for the store's shared gate");
  }

  @Test
  void socketModeDoesNotNeedASigningSecret() {
    AppConfig c = AppConfig.from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", "xapp-1-abc"));
    assertTrue(c.socketMode());
    assertNull(c.slackSigningSecret());
  }

  @Test
  void anEmptyEnvironmentNamesBothMissingSlackSettings() {
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(Map.of()));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"));
    assertTrue(e.getMessage().contains("SLACK_SIGNING_SECRET"));
  }

  @Test
  void everyProblemIsNamedInOneMessageWithoutSecretValues() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxp-user-token-secretvalue");
    env.put("SLACK_APP_TOKEN", "nothex-app-secretvalue");
    env.put("SLACK_API_URL", "not a url");
    env.put("PORT", "eighty");
    env.put("DATABASE_URL", "postgres://u:dbpassword@db/clicks");
    env.put("SETTINGS_ENCRYPTION_KEY_PREVIOUS", "c2hvcnQ=");
    env.put("WOLKVOX_BASE_URL", "ftp://x");
    env.put("ADMIN_USER_IDS", "U012ABC,bob");
    env.put("REPORT_TIMEZONE", "Mars/Olympus");
    env.put("WOLKVOX_DEMO", "maybe");
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(env));
    String m = e.getMessage();
    for (String name : new String[] {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_API_URL", "PORT",
        "SETTINGS_ENCRYPTION_KEY is missing", "SETTINGS_ENCRYPTION_KEY_PREVIOUS", "WOLKVOX_BASE_URL",
        "ADMIN_USER_IDS", "REPORT_TIMEZONE", "WOLKVOX_DEMO"}) {
      assertTrue(m.contains(name), "names " + name + ": " + m);
    }
    assertEquals(10, e.problems().size(), m);
    assertTrue(m.startsWith("The configuration has 10 problems:"), m);
    for (String secret : new String[] {"secretvalue", "dbpassword", "c2hvcnQ="}) {
      assertFalse(m.contains(secret), "leaks " + secret);
    }
  }

  @Test
  void aKeyMustBeThirtyTwoBytesAndPortInRange() {
    Map<String, String> env = minimalHttp();
    env.put("SETTINGS_ENCRYPTION_KEY", "!!!notbase64");
    env.put("PORT", "70000");
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(env));
    assertEquals(2, e.problems().size(), e.getMessage());
  }

  @Test
  void toStringShowsNoSecret() {
    Map<String, String> env = minimalHttp();
    env.put("DATABASE_URL", "postgres://u:dbpassword@db/clicks");
    env.put("SETTINGS_ENCRYPTION_KEY", KEY);
    String s = AppConfig.from(env).toString();
    assertFalse(s.contains(BOT) || s.contains("signing-secret-value") || s.contains("dbpassword") || s.contains(KEY), s);
  }

  @Test
  void publicUrlIsAnHttpsBaseWithoutItsTrailingSlash() {
    assertNull(AppConfig.from(minimalHttp()).publicUrl());
    Map<String, String> env = minimalHttp();
    env.put("PUBLIC_URL", "https://clicks.example.com/");
    assertEquals("https://clicks.example.com", AppConfig.from(env).publicUrl());
    env.put("PUBLIC_URL", "http://localhost:3000");
    assertEquals("http://localhost:3000", AppConfig.from(env).publicUrl());
    env.put("PUBLIC_URL", "http://clicks.example.com");
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(env));
    assertTrue(e.getMessage().contains("PUBLIC_URL must be the https address"), e.getMessage());
  }
}
