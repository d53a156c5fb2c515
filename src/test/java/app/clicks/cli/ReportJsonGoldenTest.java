package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.config.ReportConfig;
import app.clicks.wolkvox.WolkvoxStandIn;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `report --json` is a contract (README): the golden files hold the output of the hand-written renderer it replaced,
 * byte for byte, plus the fields names and conversions added (the demo and the store's stand-in serve a directory with
 * names and the hit code VENTA, so they carry names and conversions; a saved answer has neither: null or empty).
 * The output must be the same JSON: the same fields in the same order, the same strings, and the same
 * number text ("-44.2", "0.3333", "600.0"); only the white space may differ. Run with -Dgolden.update=true to rewrite
 * a file after a deliberate change of the contract (and the README).
 */
class ReportJsonGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void demoYesterday() throws Exception {
    assertGolden("report-demo-yesterday.json", Map.of(), "yesterday", "--demo", "--json");
  }

  @Test
  void demoLastSevenDays() throws Exception {
    assertGolden("report-demo-last-7-days.json", Map.of(), "last", "7", "days", "--demo", "--json", "--top", "3");
  }

  @Test
  void demoTodayIsRunning() throws Exception {
    assertGolden("report-demo-today.json", Map.of("REPORT_TIMEZONE", "America/Mexico_City"), "today", "--demo", "--json");
  }

  @Test
  void savedAnswerHasNullPercentsAndNoFetchTime() throws Exception {
    assertGolden("report-file-small.json", Map.of(), "--from-file", resource("chat14-small.json"), "--json", "--top", "2");
  }

  @Test
  void quotesBackslashesControlCharactersAndNonAsciiAreEscapedAsBefore() throws Exception {
    assertGolden("report-file-escapes.json", Map.of(), "--from-file", resource("chat14-escapes.json"), "--json");
  }

  @Test
  void throughTheStoreWithItsFetchTime() throws Exception {
    try (WolkvoxStandIn wolkvox =
        WolkvoxStandIn.start().respond(StoreReportWorld.serving())) {
      assertGolden("report-store-yesterday.json", StoreReportWorld.env(wolkvox, dir), "yesterday", "--json");
    }
  }

  private static String resource(String name) throws Exception {
    return Path.of(ReportJsonGoldenTest.class.getResource("/cli/" + name).toURI()).toString();
  }

  private static void assertGolden(String name, Map<String, String> env, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReportCommand(() -> ReportConfig.from(env), NOW, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    String actual = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      fail("rewrote " + file + ": review the diff, then run again without -Dgolden.update=true");
    }
    if (!Files.exists(file)) {
      fail(file + " is missing: run with -Dgolden.update=true to write it, then review it");
    }
    assertEquals(canonical(Files.readString(file, StandardCharsets.UTF_8)), canonical(actual),
        "differs from " + file + "; actual:\n" + actual);
  }

  /**
   * The JSON text without its white space: JSON-P keeps the fields' order and each number's text as written (its
   * BigDecimal), so "42.9" and "42.90", or fields in another order, still differ.
   */
  static String canonical(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value.toString();
    }
  }
}
