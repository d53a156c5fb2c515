package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.config.MigrateConfig;
import app.clicks.config.ReportConfig;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import app.clicks.wolkvox.WolkvoxStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `report` command, as a person runs it in a terminal: exit codes, text and JSON, file and demo sources. */
class ReportCommandTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new ReportCommand(() -> ReportConfig.from(env), NOW, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return run(Map.of(), args);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(ReportCommandTest.class.getResource("/cli/" + name).toURI());
  }

  @Test
  void summarisesASavedAnswerWithTotalsTopAdsAgentsAndUntagged() throws Exception {
    Run r = run("--from-file", resource("chat14-small.json").toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2026-11-20..2026-11-21"), r.out());
    assertTrue(r.out().matches("(?s).*Clicks:\\s+7\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*Chats:\\s+6\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*Without agent:\\s+1\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*Top ads\\n\\s+4\\s+A1\\s+\\[ad, video\\]\\s+https://fb.me/ad/a\\n\\s+2\\s+B2.*\\n\\s+1\\s+C3.*"), r.out());
    assertTrue(r.out().matches("(?s).*Top agents\\n\\s+3\\s+101\\n\\s+2\\s+102\\n\\s+1\\s+103\\n.*"), r.out());
    assertTrue(r.out().contains("Untagged (no code, TIMEOUTCHAT, TIMEOUTACW): 3 (42.9% of clicks)"), r.out());
    assertTrue(r.out().matches("(?s).*Outcomes\\n\\s+2\\s+VENTA\\n\\s+1\\s+INTERESADO\\n\\s+1\\s+NO_INTERESADO\\n.*"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void printsJsonWithTheDocumentedFields() throws Exception {
    Run r = run("--from-file", resource("chat14-small.json").toString(), "--json", "--top", "2");

    assertEquals(0, r.code(), r.err());
    JsonObject json = json(r.out());
    assertEquals(7, json.getJsonObject("clicks").getInt("current"));
    assertTrue(json.getJsonObject("clicks").isNull("percent"), r.out());
    JsonObject ad = json.getJsonArray("topAds").getJsonObject(0);
    assertEquals("{\"sourceId\":\"A1\",\"name\":null,\"sourceUrl\":\"https://fb.me/ad/a\",\"sourceType\":\"ad\","
        + "\"mediaType\":\"video\",\"clicks\":4,\"previousClicks\":0,\"conversions\":null,"
        + "\"previousConversions\":null}", ad.toString());
    assertEquals(1, json.getInt("moreAds"));
    assertEquals("America/Bogota", json.getString("timezone"));
    assertTrue(json.getJsonObject("source").isNull("fetchedAt"), r.out());
  }

  private static JsonObject json(String out) {
    try (JsonReader reader = Json.createReader(new StringReader(out))) {
      return reader.readObject();
    }
  }

  @Test
  void summarisesASixtyThousandRecordAnswerExactly() throws IOException {
    Path file = dir.resolve("big.json");
    // Ad i%7 for every record, agent (i%11) except every 13th record which has no agent; chat per 2 records.
    long[] ads = new long[7];
    long[] agents = new long[11];
    long noAgent = 0;
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("{\"code\":200,\"error\":\"null\",\"msg\":\"60000 records were found\",\"data\":[");
      for (int i = 0; i < 60_000; i++) {
        int ad = (int) (((long) i * i) % 7);
        boolean none = i % 13 == 0;
        int agent = (i * 3) % 11;
        ads[ad]++;
        if (none) {
          noAgent++;
        } else {
          agents[agent]++;
        }
        if (i > 0) {
          w.write(',');
        }
        w.write("{\"source_url\":\"https://fb.me/ad/" + ad + "\",\"source_type\":\"ad\",\"source_id\":\"AD" + ad
            + "\",\"chat_id\":\"ch" + (i / 2) + "\",\"rp_id\":\"RP\",\"agent_id\":\"" + (none ? "" : "AG" + agent)
            + "\",\"media_type\":\"image\",\"media_url\":\"\",\"date\":\"2026-11-2" + (i % 3) + " 1" + (i % 10)
            + ":00:00\",\"cod_act\":\"" + (i % 2 == 0 ? "VENTA" : "") + "\"}");
      }
      w.write("]}");
    }

    Run r = run("--from-file", file.toString(), "--top", "3");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*Clicks:\\s+60000\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*Chats:\\s+30000\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*Without agent:\\s+" + noAgent + "\\n.*"), r.out());
    assertEquals(top(ads, "AD", 3), section(r.out(), "Top ads"));
    assertEquals(top(agents, "AG", 3), section(r.out(), "Top agents"));
  }

  /** "count id" lines of the top n, ties by id. */
  private static String top(long[] counts, String prefix, int n) {
    StringBuilder b = new StringBuilder();
    java.util.List<Integer> ids = new java.util.ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      ids.add(i);
    }
    ids.sort((x, y) -> counts[x] != counts[y] ? Long.compare(counts[y], counts[x]) : (prefix + x).compareTo(prefix + y));
    for (int i = 0; i < n; i++) {
      b.append(counts[ids.get(i)]).append(' ').append(prefix).append(ids.get(i)).append('\n');
    }
    return b.toString();
  }

  /** The "count label" lines under a heading of the text output: the label is the id, or "Name (id)". */
  private static String section(String out, String heading) {
    StringBuilder b = new StringBuilder();
    Matcher m = Pattern.compile("(?m)^" + heading + "\\n((?:  .*\\n)+)").matcher(out);
    assertTrue(m.find(), out);
    for (String line : m.group(1).split("\n")) {
      String[] parts = line.trim().split("\\s{2,}"); // columns are two spaces apart; a name has single spaces
      if (parts[0].startsWith("+")) {
        continue;
      }
      b.append(parts[0]).append(' ').append(parts[1]).append('\n');
    }
    return b.toString();
  }

  @Test
  void demoAnswersWithoutNetworkAndTheSameEveryTime() {
    Run first = run("yesterday", "--demo");
    Run second = run("ayer", "--demo");

    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("yesterday"), first.out());
    assertTrue(first.out().contains("built-in demo data"), first.out());
    assertTrue(first.out().matches("(?s).*Clicks:\\s+[1-9]\\d*\\s+[+-]\\d+.*"), first.out());
    assertEquals(
        first.out().replaceAll("(?m)^WhatsApp clicks — .*$", ""),
        second.out().replaceAll("(?m)^WhatsApp clicks — .*$", ""));
  }

  @Test
  void badArgumentsExitTwoWithOneLine() {
    Run unknownOption = run("--frobnicate");
    Run badTop = run("yesterday", "--demo", "--top", "zero");
    Run badPeriod = run("fortnight", "--demo");
    Run fileAndPeriod = run("--from-file", "answer.json", "yesterday");
    Run fileWithoutPath = run("--from-file");

    assertTrue(badTop.err().contains("--top needs a number from 1 to 50, not \"zero\""), badTop.err());
    assertTrue(unknownOption.err().contains("--frobnicate") && unknownOption.err().contains("usage: report"),
        unknownOption.err());
    assertTrue(fileAndPeriod.err().contains("no period"), fileAndPeriod.err());
    for (Run r : new Run[] {unknownOption, badTop, badPeriod, fileAndPeriod, fileWithoutPath}) {
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().startsWith("report: "), r.err());
      assertEquals(1, r.err().trim().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void helpPrintsTheUsageOnStdoutAndExitsZero() {
    for (String help : new String[] {"--help", "-h"}) {
      Run r = run("yesterday", help);

      assertEquals(0, r.code(), r.err());
      assertEquals("", r.err());
      assertTrue(r.out().startsWith("Usage: wolkvox-clicks report"), r.out());
      for (String option : new String[] {"<period>", "--demo", "--from-file", "--top", "--json", "--verbose"}) {
        assertTrue(r.out().contains(option), option + " in\n" + r.out());
      }
    }
  }

  @Test
  void theCommandLineNamesItsCommandsAndRefusesUnknownOnes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertEquals(0, Cli.run(new String[] {"--help"}, () -> ReportConfig.from(Map.of()), () -> MigrateConfig.from(Map.of()), o, e));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("report"), out.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));

    assertEquals(2, Cli.run(new String[] {"frobnicate"}, () -> ReportConfig.from(Map.of()), () -> MigrateConfig.from(Map.of()), o, e));
    assertEquals("Unknown command \"frobnicate\". Run without arguments to start the bot, or: report --help, migrate --help\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }

  @Test
  void verboseIsAskedOfTheLoggingBeforeTheWorkAndQuietIsTheDefault() {
    java.util.List<Boolean> asked = new java.util.ArrayList<>();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int quiet = new ReportCommand(() -> ReportConfig.from(Map.of()), NOW, sink, sink, asked::add).run(new String[] {"yesterday", "--demo"});
    int verbose = new ReportCommand(() -> ReportConfig.from(Map.of()), NOW, sink, sink, asked::add).run(new String[] {"--verbose", "--demo"});

    assertEquals(0, quiet);
    assertEquals(0, verbose);
    assertEquals(java.util.List.of(false, true), asked);
  }

  @Test
  void failuresExitOneWithOneLine() throws IOException {
    Path html = dir.resolve("page.html");
    Files.writeString(html, "<html><body>404 Not Found</body></html>");
    Path truncated = dir.resolve("cut.json");
    Files.writeString(truncated, "{\"code\":\"200\",\"data\":[{\"source_id\":\"A\",\"chat_id\":\"1\"");
    Path tokenError = dir.resolve("token.json");
    Files.writeString(tokenError, "{\"code\":\"403\",\"error\":\"PLEASE VALIDATE TOKEN\",\"msg\":null,\"data\":null}");

    Run missing = run("--from-file", dir.resolve("nope.json").toString());
    Run notJson = run("--from-file", html.toString());
    Run cut = run("--from-file", truncated.toString());
    Run token = run("--from-file", tokenError.toString());
    Run badZone = run(Map.of("REPORT_TIMEZONE", "Mars/Olympus"), "yesterday", "--demo");

    for (Run r : new Run[] {missing, notJson, cut, token, badZone}) {
      assertEquals(1, r.code(), r.err());
      assertEquals(1, r.err().trim().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertTrue(missing.err().contains("no such file"), missing.err());
    assertTrue(notJson.err().contains("HTML"), notJson.err());
    assertTrue(token.err().contains("PLEASE VALIDATE TOKEN"), token.err());
    assertTrue(badZone.err().contains("REPORT_TIMEZONE"), badZone.err());
  }

  @Test
  void anAnswerWithNoRecordsSaysSo() throws IOException {
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{\"code\":\"404\",\"error\":\"Validate dates entered\",\"msg\":null,\"data\":null}");

    Run r = run("--from-file", empty.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("No click records in"), r.out());
  }

  @Test
  void reportYesterdayAsksWolkvoxOnceThenAnswersFromTheStore() {
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(StoreReportWorld.serving())) {
      Map<String, String> env = StoreReportWorld.env(wolkvox, dir);

      Run first = run(env, "yesterday");
      int requests = wolkvox.requests().size();
      Run second = run(env, "yesterday");

      assertEquals(0, first.code(), first.err());
      assertTrue(first.out().matches("(?s).*Clicks:\\s+7\\s+\\+6 \\(\\+600\\.0%\\) vs 1\\n.*"), first.out());
      assertTrue(first.out().matches("(?s).*Without agent:\\s+1\\s.*"), first.out());
      assertEquals("6 AD1\n1 AD2\n", section(first.out(), "Top ads"));
      assertEquals("4 Ana Gómez (201)\n2 Luis Pérez (202)\n", section(first.out(), "Top agents"),
          "agents by the directory's names, with their ids");
      assertEquals(1, wolkvox.requests().stream().filter(r -> !WolkvoxStandIn.isDirectory(r)).count(),
          "yesterday and the day before in one request");
      assertEquals(4, requests, "and the directory's three lists");
      assertEquals(first.out(), second.out());
      assertEquals(requests, wolkvox.requests().size(), "asking again costs wolkvox nothing");
      assertTrue(wolkvox.requests().stream().allMatch(r -> "cli-token-abcdef123".equals(r.token())));
    }
  }

  @Test
  void reportLastEightDaysStaysRightWhenWolkvoxCutsAnswersAtAFewHundredRecords() {
    java.util.List<WolkvoxStandIn.Row> rows = new java.util.ArrayList<>();
    java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 11, 8, 0, 0);
    long current = 0;
    for (int i = 0; i < 2_000; i++) {
      java.time.LocalDateTime at = start.plusMinutes(i * 11L);
      if (!at.toLocalDate().isBefore(java.time.LocalDate.of(2026, 11, 16))) {
        current++;
      }
      rows.add(new WolkvoxStandIn.Row("AD" + (i % 3), "c" + i, "A" + (i % 4), at, "VENTA"));
    }
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(WolkvoxStandIn.serving(rows, 300))) {
      Map<String, String> env = StoreReportWorld.env(wolkvox, dir, "WOLKVOX_MAX_RECORDS", "300");

      Run r = run(env, "last", "8", "days", "--json");

      assertEquals(0, r.code(), r.err());
      long previous = rows.stream().filter(w -> !w.date().toLocalDate().isBefore(java.time.LocalDate.of(2026, 11, 8))
          && w.date().toLocalDate().isBefore(java.time.LocalDate.of(2026, 11, 16))).count();
      JsonObject clicks = json(r.out()).getJsonObject("clicks");
      assertEquals(current, clicks.getJsonNumber("current").longValue(), r.out());
      assertEquals(previous, clicks.getJsonNumber("previous").longValue(), r.out());
      assertTrue(wolkvox.requests().size() > 2, "the capped answers were split and asked again");
    }
  }

  @Test
  void reportWithoutWolkvoxSettingsSaysWhichAreMissing() {
    Run r = run(Map.of("DATA_DIR", dir.toString()), "yesterday");

    assertEquals(1, r.code());
    assertTrue(r.err().contains("WOLKVOX_SERVER") && r.err().contains("WOLKVOX_TOKEN"), r.err());
    assertEquals(1, r.err().trim().lines().count(), r.err());
  }
}
