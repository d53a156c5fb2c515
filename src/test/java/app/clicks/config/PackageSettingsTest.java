package app.clicks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestSettings;
import app.clicks.report.ReportZone;
import app.clicks.store.StoreSettings;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The settings config builds for the store, the wolkvox client, the digest and the database, and the `report`
 * command's own: defaults, values, and bad values named in one message.
 */
class PackageSettingsTest {
  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // 32 bytes

  private static Map<String, String> bot(Map<String, String> more) {
    Map<String, String> env = new HashMap<>(more);
    env.put("SLACK_BOT_TOKEN", "xoxb-1111-2222-secretbotvalue");
    env.put("SLACK_SIGNING_SECRET", "signing-secret-value");
    return env;
  }

  @Test
  void nothingSetGivesEveryPackagesDefaults() {
    AppConfig c = AppConfig.from(bot(Map.of()));
    assertEquals(StoreSettings.DEFAULTS, c.store());
    assertEquals(WolkvoxSettings.defaults(), c.wolkvox());
    assertEquals(DigestSettings.DEFAULTS, c.digest());
    assertEquals(java.time.Duration.ofMinutes(15), c.alerts().checkEvery(), "ALERT_CHECK_MINUTES");
    ReportConfig r = ReportConfig.from(Map.of());
    assertEquals(StoreSettings.DEFAULTS, r.store());
    assertEquals(WolkvoxSettings.defaults(), r.wolkvox());
    assertEquals(ReportZone.DEFAULT, r.zone());
    assertFalse(r.demo());
    assertEquals(c.database(), r.database(), "the same embedded database under ./data");
    assertEquals(WolkvoxSettings.defaults(),
        ReportConfig.from(Map.of("WOLKVOX_BASE_URL", " ", "WOLKVOX_MAX_RECORDS", "")).wolkvox(), "blank is unset");
  }

  @Test
  void everyPackagesVariablesAreRead() {
    Map<String, String> env = Map.of("WOLKVOX_SETTLE_HOURS", "3", "WOLKVOX_REFRESH_MINUTES", " 10 ",
        "WOLKVOX_DAILY_BUDGET", "50", "CLICKS_RETENTION_DAYS", "90", "WOLKVOX_MAX_IN_FLIGHT", "2",
        "WOLKVOX_BASE_URL", "http://127.0.0.1:8089/", "WOLKVOX_MAX_RECORDS", " 500 ", "DIGEST_MISFIRE_HOURS", " 2 ",
        "DATA_DIR", "target/some-dir", "ALERT_CHECK_MINUTES", "1");
    AppConfig c = AppConfig.from(bot(env));
    assertEquals(new StoreSettings(3, 10, 50, 90, 2), c.store());
    assertEquals("http://127.0.0.1:8089", c.wolkvox().baseUrl());
    assertEquals(2, c.wolkvox().maxInFlight());
    assertEquals(500, c.wolkvox().maxRecords());
    assertEquals(Duration.ofHours(2), c.digest().misfireWindow());
    assertEquals(Duration.ofMinutes(1), c.alerts().checkEvery());
    String dir = Path.of("target/some-dir").toAbsolutePath().normalize().resolve("clicks").toString();
    assertTrue(c.database().jdbcUrl().startsWith("jdbc:h2:file:" + dir + ";AUTO_SERVER=TRUE"), c.database().jdbcUrl());
    ReportConfig r = ReportConfig.from(env);
    assertEquals(c.store(), r.store());
    assertEquals(c.wolkvox(), r.wolkvox());
    assertEquals(c.database(), r.database());
  }

  @Test
  void databaseUrlInHerokusForm() {
    AppConfig c = AppConfig.from(bot(Map.of("DATABASE_URL", "postgres://u1:p%40ss@db.example.com:5432/d1?sslmode=require",
        "SETTINGS_ENCRYPTION_KEY", KEY)));
    assertTrue(c.database().postgres());
    assertEquals("jdbc:postgresql://db.example.com:5432/d1?sslmode=require&reWriteBatchedInserts=true",
        c.database().jdbcUrl());
    assertEquals("p@ss", c.database().password());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WOLKVOX_SETTLE_HOURS|two", "WOLKVOX_SETTLE_HOURS|73", "WOLKVOX_REFRESH_MINUTES|0",
      "WOLKVOX_DAILY_BUDGET|-5", "CLICKS_RETENTION_DAYS|1.5",
      "WOLKVOX_MAX_IN_FLIGHT|3", "WOLKVOX_MAX_IN_FLIGHT|0", "WOLKVOX_MAX_IN_FLIGHT|two",
      "WOLKVOX_MAX_RECORDS|0", "WOLKVOX_MAX_RECORDS|60001", "WOLKVOX_MAX_RECORDS|1e4",
      "WOLKVOX_BASE_URL|ftp://127.0.0.1:8089", "WOLKVOX_BASE_URL|127.0.0.1:8089", "WOLKVOX_BASE_URL|http://",
      "WOLKVOX_BASE_URL|http://host/x?token=1", "WOLKVOX_BASE_URL|not a url",
      "DIGEST_MISFIRE_HOURS|six", "DIGEST_MISFIRE_HOURS|0", "DIGEST_MISFIRE_HOURS|49", "DIGEST_MISFIRE_HOURS|1.5",
      "ALERT_CHECK_MINUTES|0", "ALERT_CHECK_MINUTES|quarter", "ALERT_CHECK_MINUTES|1441",
      "DATABASE_URL|mysql://u:topsecret@h/d", "DATABASE_URL|postgres://u:top secret@h/d",
      "DATABASE_URL|postgres://u:topsecret@h"})
  void aBadValueIsOneProblemNamingItsVariableWithoutItsSecret(String name, String value) {
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(bot(Map.of(name, value))));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).startsWith(name + " "), e.getMessage());
    assertFalse(e.getMessage().contains("topsecret") || e.getMessage().contains("top secret"), e.getMessage());
  }

  @Test
  void badValuesOfEveryPackageAreNamedInOneMessage() {
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.from(bot(Map.of(
        "WOLKVOX_SETTLE_HOURS", "two", "WOLKVOX_DAILY_BUDGET", "0", "WOLKVOX_MAX_IN_FLIGHT", "3",
        "WOLKVOX_MAX_RECORDS", "lots", "WOLKVOX_BASE_URL", "ftp://x", "DIGEST_MISFIRE_HOURS", "0"))));
    assertEquals(6, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("The configuration has 6 problems:"), e.getMessage());
    assertEquals(1, e.problems().stream().filter(p -> p.startsWith("WOLKVOX_MAX_IN_FLIGHT")).count(),
        "WOLKVOX_MAX_IN_FLIGHT is read once, for the client and the store: " + e.getMessage());
  }

  @Test
  void theReportCommandNeedsNoSlackVariableAndNamesItsOwnProblemsTogether() {
    ReportConfig ok = ReportConfig.from(Map.of("REPORT_TIMEZONE", "America/Mexico_City", "WOLKVOX_DEMO", "TRUE"));
    assertEquals(ZoneId.of("America/Mexico_City"), ok.zone());
    assertTrue(ok.demo());
    ConfigException e = assertThrows(ConfigException.class, () -> ReportConfig.from(Map.of(
        "REPORT_TIMEZONE", "Mars/Olympus", "WOLKVOX_DEMO", "maybe", "WOLKVOX_MAX_RECORDS", "0")));
    assertEquals(3, e.problems().size(), e.getMessage());
  }

  @Test
  void theReportsWolkvoxServerAndTokenAreCheckedWhenItReadsWolkvox() {
    ReportConfig none = ReportConfig.from(Map.of());
    assertNull(none.wolkvoxServer());
    ConfigException missing = assertThrows(ConfigException.class, none::connection);
    assertEquals(2, missing.problems().size(), missing.getMessage());
    assertTrue(missing.getMessage().contains("WOLKVOX_SERVER") && missing.getMessage().contains("WOLKVOX_TOKEN"));
    ConfigException badServer = assertThrows(ConfigException.class,
        () -> ReportConfig.from(Map.of("WOLKVOX_SERVER", "wv0042.wolkvox.com", "WOLKVOX_TOKEN", "t")).connection());
    assertTrue(badServer.getMessage().contains("letters and digits"), badServer.getMessage());

    ReportConfig set = ReportConfig.from(Map.of("WOLKVOX_SERVER", " 0042 ", "WOLKVOX_TOKEN", "cli-token-abcdef123",
        "REPORT_TIMEZONE", "America/Lima"));
    assertEquals(new WolkvoxConnection("0042", "cli-token-abcdef123", ZoneId.of("America/Lima")), set.connection());
    assertFalse(set.toString().contains("cli-token-abcdef123"), set.toString());
  }
}
