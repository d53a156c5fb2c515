package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.report.Totals;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * `report` text and `report --json` for a summary with names and conversions: the golden files hold them (run with
 * -Dgolden.update=true to rewrite them after a deliberate change, then review the diff and the README); and without
 * conversion codes, nothing says "0 conversions".
 */
class SummaryOutputGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final Summary.DataNote NOTE =
      new Summary.DataNote(Instant.parse("2026-11-24T13:05:00Z"), false, "wolkvox");

  /** wolkvox's directory: two agents named (one blank), a routing point, outcome descriptions, VENTA a hit. */
  private static final Directory DIRECTORY = new Directory(
      Names.of(Map.of("1001", "Ana Gómez", "1002", " ")),
      Names.of(Map.of("RP_VENTAS", "Ventas")),
      Names.ofCodes(Map.of("venta", "Venta cerrada", "NO_INTERESADO", "No interesado")),
      Set.of("VENTA"));

  private static final Names AD_NAMES = Names.of(Map.of("120210000000001", "Promo Black Friday"));

  @Test
  void textWithNamesAndConversions() throws Exception {
    assertGolden("report-named.txt", SummaryText.render(named(SummaryContext.NONE.conversionCodes())), false);
  }

  @Test
  void jsonWithNamesAndConversions() throws Exception {
    assertGolden("report-named.json", SummaryJson.render(named(SummaryContext.NONE.conversionCodes())), true);
  }

  @Test
  void jsonCarriesNamesConversionsAndTheRateAsDocumented() {
    JsonObject json = parse(SummaryJson.render(named(ConversionCodes.WOLKVOX_HITS)));
    assertEquals("{\"current\":4,\"previous\":1,\"delta\":3,\"percent\":300.0}", json.get("conversions").toString());
    assertEquals("{\"current\":0.4444,\"previous\":0.3333,\"delta\":0.1111,\"percent\":33.3}",
        json.get("conversionRate").toString());
    assertEquals("[\"VENTA\"]", json.get("conversionCodes").toString());
    assertEquals("{\"sourceId\":\"120210000000001\",\"name\":\"Promo Black Friday\",\"sourceUrl\":"
        + "\"https://fb.me/120210000000001\",\"sourceType\":\"ad\",\"mediaType\":\"video\",\"clicks\":5,"
        + "\"previousClicks\":2,\"conversions\":3,\"previousConversions\":1}",
        json.getJsonArray("topAds").get(0).toString());
    assertEquals("{\"id\":\"1001\",\"name\":\"Ana Gómez\",\"clicks\":4,\"previousClicks\":1,\"conversions\":3,"
        + "\"previousConversions\":1}", json.getJsonArray("topAgents").get(0).toString());
    assertEquals("{\"id\":\"1002\",\"name\":null,\"clicks\":3,\"previousClicks\":1,\"conversions\":0,"
        + "\"previousConversions\":0}", json.getJsonArray("topAgents").get(1).toString());
    assertEquals("{\"id\":\"RP_VENTAS\",\"name\":\"Ventas\",\"clicks\":9,\"previousClicks\":3}",
        json.getJsonArray("topRoutingPoints").get(0).toString());
    assertEquals("{\"id\":\"VENTA\",\"name\":\"Venta cerrada\",\"clicks\":4,\"previousClicks\":1}",
        json.getJsonArray("outcomes").get(0).toString());
    assertEquals(List.of("120210000000001", "120210000000002"), json.getJsonArray("topAdsByConversions")
        .getValuesAs(JsonObject.class).stream().map(o -> o.getString("sourceId")).toList());
  }

  @Test
  void withoutConversionCodesJsonSaysNoneAndTextSaysNothing() {
    Directory noHits = new Directory(DIRECTORY.agents(), DIRECTORY.routingPoints(), DIRECTORY.outcomes(), Set.of());
    Summary s = summary(new SummaryContext(noHits, AD_NAMES, ConversionCodes.WOLKVOX_HITS));
    assertFalse(s.showsConversions());

    JsonObject json = parse(SummaryJson.render(s));
    assertTrue(json.isNull("conversions") && json.isNull("conversionRate"), json.toString());
    assertEquals("[]", json.get("conversionCodes").toString());
    assertEquals("[]", json.get("topAdsByConversions").toString());
    assertEquals(0, json.getInt("moreAdsByConversions"));
    assertTrue(json.getJsonArray("topAds").getJsonObject(0).isNull("conversions"));
    assertTrue(json.getJsonArray("topAgents").getJsonObject(0).isNull("previousConversions"));
    assertEquals("Promo Black Friday", json.getJsonArray("topAds").getJsonObject(0).getString("name"));

    String text = SummaryText.render(s);
    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("conversion"), text);
    assertFalse(text.contains("Ads that sold"), text);
    assertTrue(text.contains("Ana Gómez (1001)"), text);
  }

  @Test
  void withCodesButNoConversionTheTextSaysZero() {
    Summary s = summary(new SummaryContext(DIRECTORY, AD_NAMES, ConversionCodes.of(List.of("NOTHING"))));
    String text = SummaryText.render(s);
    assertTrue(text.contains("Conversions:          0   0 (–) vs 0\n"), text);
    assertTrue(text.contains("Conversion rate:   0.0%   +0.0 pts vs 0.0%\n"), text);
    assertTrue(text.contains("\nAds that sold (conversions)\n  (none)\n"), text);
    JsonObject json = parse(SummaryJson.render(s));
    assertEquals("{\"current\":0.0000,\"previous\":0.0000,\"delta\":0.0000,\"percent\":null}",
        json.get("conversionRate").toString());
  }

  /** The summary of yesterday against the day before, with the directory, ad names and {@code codes}. */
  private static Summary named(ConversionCodes codes) {
    return summary(new SummaryContext(DIRECTORY, AD_NAMES, codes));
  }

  /**
   * Yesterday: ad 1 (named) 5 clicks, 3 sales, by Ana; ad 2 (unnamed) 3 clicks, 1 sale (no agent); ad 3 one click
   * not tagged. The day before: 3 clicks, 1 sale.
   */
  private static Summary summary(SummaryContext context) {
    Totals now = tally(LocalDate.of(2026, 11, 23),
        row("120210000000001", "1001", "VENTA"), row("120210000000001", "1001", "VENTA "),
        row("120210000000001", "1001", " VENTA"), row("120210000000001", "1001", "NO_INTERESADO"),
        row("120210000000001", "1002", "NO_INTERESADO"), row("120210000000002", "1002", "X9"),
        row("120210000000002", "", "VENTA"), row("120210000000002", "1002", ""),
        row("120210000000003", "", "TIMEOUTCHAT"));
    Totals before = tally(LocalDate.of(2026, 11, 22),
        row("120210000000001", "1001", "VENTA"), row("120210000000001", "1002", ""),
        row("120210000000002", "", "NO_INTERESADO"));
    return Summaries.of(Periods.yesterday(LocalDate.of(2026, 11, 24), BOGOTA), now, before, 5, NOTE, context);
  }

  private static String[] row(String ad, String agent, String code) {
    return new String[] {ad, agent, code};
  }

  private static Totals tally(LocalDate day, String[]... rows) {
    ClickTally tally = ClickTally.countingDays(BOGOTA);
    int i = 0;
    for (String[] r : rows) {
      Instant at = day.atTime(9, i * 5).atZone(BOGOTA).toInstant();
      tally.accept(new ClickRecord("https://fb.me/" + r[0], r[0].endsWith("3") ? "post" : "ad", r[0],
          day + "-c" + i++, "RP_VENTAS", r[1], "video", "", at, "", r[2]));
    }
    return tally.toTotals();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static void assertGolden(String name, String actual, boolean json) throws Exception {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      fail("rewrote " + file + ": review the diff, then run again without -Dgolden.update=true");
    }
    if (!Files.exists(file)) {
      fail(file + " is missing: run with -Dgolden.update=true to write it, then review it");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (json) {
      assertEquals(ReportJsonGoldenTest.canonical(expected), ReportJsonGoldenTest.canonical(actual),
          "differs from " + file + "; actual:\n" + actual);
    } else {
      assertEquals(expected, actual, "differs from " + file);
    }
  }
}
