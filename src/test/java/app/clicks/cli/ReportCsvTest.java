package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.config.ReportConfig;
import app.clicks.csv.ClickCsv;
import app.clicks.csv.Rfc4180;
import app.clicks.wolkvox.WolkvoxStandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `report <period> --csv`: every click of the period as the Slack CSV, on stdout, through the store or the demo. */
class ReportCsvTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private record Run(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReportCommand(() -> ReportConfig.from(env), NOW, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** Clicks on each of the last 7 days (17..23 November) and the 7 before; one ad id is a formula. */
  private static List<WolkvoxStandIn.Row> week() {
    List<WolkvoxStandIn.Row> rows = new ArrayList<>();
    LocalDateTime first = LocalDateTime.of(2026, 11, 10, 9, 0);
    for (int d = 0; d < 14; d++) {
      for (int i = 0; i <= d % 3; i++) {
        rows.add(new WolkvoxStandIn.Row(d % 2 == 0 ? "AD1" : "AD2", "c" + d + "-" + i, "201",
            first.plusDays(d).plusMinutes(i * 41L), "VENTA"));
      }
    }
    rows.add(new WolkvoxStandIn.Row("=1+2", "c-formula", "202",
        LocalDateTime.of(2026, 11, 20, 13, 5), "-2"));
    return rows;
  }

  @Test
  void lastSevenDaysAsCsvHasTheClickCountPlusOneRowsReadWithACsvParser() {
    List<WolkvoxStandIn.Row> rows = week();
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(
        WolkvoxStandIn.withDirectory(StoreReportWorld.directory(), WolkvoxStandIn.serving(rows, 60_000)))) {
      Map<String, String> env = StoreReportWorld.env(wolkvox, dir);

      Run csv = run(env, "last", "7", "days", "--csv");
      Run json = run(env, "last", "7", "days", "--json");

      assertEquals(0, csv.code(), csv.err());
      assertEquals((byte) 0xEF, csv.out()[0], "UTF-8 byte-order mark");
      String text = csv.text().substring(1);
      List<List<String>> read = Rfc4180.read(text);
      long clicks = rows.stream().filter(r -> !r.date().isBefore(LocalDateTime.of(2026, 11, 17, 0, 0))
          && r.date().isBefore(LocalDateTime.of(2026, 11, 24, 0, 0))).count();
      assertEquals(clicks + 1, read.size(), text);
      assertTrue(json.text().contains("\"current\": " + clicks + ","), json.text());
      assertEquals(ClickCsv.HEADER, read.get(0));
      List<String> formula = read.stream().filter(r -> r.get(7).equals("c-formula")).findFirst().orElseThrow();
      assertEquals("'=1+2", formula.get(1), "a formula is neutralised");
      assertEquals("'-2", formula.get(12));
      assertEquals("Luis Pérez", formula.get(11), "names from the same context as the report");
      assertEquals("2026-11-17T09:00:00-05:00", read.get(1).get(0), "time order, the report timezone");
      assertEquals("yes", read.get(1).get(14), "VENTA is wolkvox's hit: a conversion");
    }
  }

  @Test
  void conversionsOfTheCommandLineDecideTheConversionColumn() {
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(
        WolkvoxStandIn.withDirectory(StoreReportWorld.directory(), WolkvoxStandIn.serving(week(), 60_000)))) {
      Run csv = run(StoreReportWorld.env(wolkvox, dir), "last", "7", "days", "--csv", "--conversions", "CITA");

      assertEquals(0, csv.code(), csv.err());
      List<List<String>> read = Rfc4180.read(csv.text().substring(1));
      assertTrue(read.stream().skip(1).allMatch(r -> r.get(14).equals("no")), csv.text());
    }
  }

  @Test
  void theDemoDataPrintsAsCsvWithoutStoreOrNetwork() {
    Run csv = run(Map.of(), "yesterday", "--demo", "--csv");
    Run json = run(Map.of(), "yesterday", "--demo", "--json");

    assertEquals(0, csv.code(), csv.err());
    List<List<String>> read = Rfc4180.read(csv.text().substring(1));
    assertEquals(ClickCsv.HEADER, read.get(0));
    String clicks = json.text().replaceAll("(?s).*\"clicks\": \\{\\s*\"current\": (\\d+),.*", "$1");
    assertEquals(Long.parseLong(clicks) + 1, read.size());
    List<String> dates = read.stream().skip(1).map(r -> r.get(0)).toList();
    assertEquals(dates.stream().sorted().toList(), dates, "in time order");
    assertTrue(dates.stream().allMatch(d -> d.startsWith("2026-11-23T")), "yesterday's clicks only");
  }

  @Test
  void csvWithJsonOrFromFileIsABadArgument() {
    Run both = run(Map.of(), "yesterday", "--demo", "--csv", "--json");
    Run file = run(Map.of(), "--from-file", "x.json", "--csv");

    assertEquals(2, both.code());
    assertTrue(both.err().contains("--csv"), both.err());
    assertEquals(0, both.out().length, "nothing on stdout");
    assertEquals(2, file.code());
  }
}
