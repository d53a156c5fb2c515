package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.wolkvox.WolkvoxStandIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `java … Main report <day> --json` as a separate process, with the production logging set-up (the test class path's
 * logback-test.xml is left out) and the click store on H2 in a temporary DATA_DIR, asking a local stand-in of wolkvox:
 * stdout carries only the report, so `| jq .` works; diagnostics go to stderr, INFO only with --verbose.
 */
class ReportProcessTest {
  @TempDir Path dir;

  private WolkvoxStandIn wolkvox;
  private String day;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void rows() {
    // A settled day whatever the date the test runs on: three days ago in the report timezone.
    LocalDate d = LocalDate.now(ZoneId.of("America/Bogota")).minusDays(3);
    day = d.toString();
    List<WolkvoxStandIn.Row> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(new WolkvoxStandIn.Row("AD1", "c" + i, "201", d.atTime(9, i), "VENTA"));
    }
    wolkvox = WolkvoxStandIn.start().respond(
        WolkvoxStandIn.withDirectory(StoreReportWorld.directory(), WolkvoxStandIn.serving(rows, 60_000)));
  }

  @AfterEach
  void stop() {
    wolkvox.close();
  }

  @Test
  void jsonThroughTheStoreIsAllThereIsOnStdout() throws Exception {
    Run r = report(day, "--json");

    assertEquals(0, r.code(), r.err());
    JsonObject json = parse(r.out());
    assertEquals(5, json.getJsonObject("clicks").getInt("current"), r.out());
    assertEquals("wolkvox", json.getJsonObject("source").getString("name"));
    assertFalse(r.err().contains("INFO"), r.err());
    assertEquals(1, wolkvox.requests().stream().filter(q -> !WolkvoxStandIn.isDirectory(q)).count());
    assertEquals(3, wolkvox.requests().stream().filter(WolkvoxStandIn::isDirectory).count(), "each list read once");
  }

  @Test
  void textThroughTheStoreStartsWithTheReport() throws Exception {
    Run r = report(day);

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("WhatsApp clicks "), r.out()); // the dash depends on the process's charset
    assertTrue(r.out().lines().findFirst().orElseThrow().contains(day), r.out());
    assertFalse(r.out().contains("INFO"), r.out());
  }

  @Test
  void verboseShowsTheStoresInfoLinesOnStderrOnly() throws Exception {
    Run r = report(day, "--json", "--verbose");

    assertEquals(0, r.code(), r.err());
    assertEquals(5, parse(r.out()).getJsonObject("clicks").getInt("current"), r.out());
    assertTrue(r.err().contains("INFO") && r.err().contains("database ready"), r.err());
  }

  /** The warnings of the layers below come first (diagnostics); the command's own word is one last line. */
  @Test
  void aFailureEndsStderrWithOneLineAndPrintsNothingOnStdout() throws Exception {
    wolkvox.respond(request -> WolkvoxStandIn.Answer.json(403,
        "{\"code\":\"403\",\"error\":\"PLEASE VALIDATE TOKEN\",\"msg\":null,\"data\":null}"));

    Run r = report(day, "--json");

    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.err().trim().lines().toList();
    assertEquals(1, lines.stream().filter(l -> l.startsWith("report: ")).count(), r.err());
    assertTrue(lines.get(lines.size() - 1).startsWith("report: wolkvox: "), r.err());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("report: ") || l.matches("[\\d:.]+ WARN .*")), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  private static JsonObject parse(String out) {
    try (JsonReader reader = Json.createReader(new StringReader(out))) {
      return reader.readObject();
    }
  }

  private Run report(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The main classes and the libraries, without the test classes (and so without logback-test.xml).
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !Path.of(p).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, "app.clicks.Main", "report"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(StoreReportWorld.env(wolkvox, dir.resolve("data")));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "report did not end within 60 s");
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
