package app.clicks.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.Totals;
import app.clicks.testing.TrendSummaries;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a chart shows (series and labels, not pixels), against golden files under src/test/resources/golden. */
class ChartDataGoldenTest {
  static void assertGolden(String name, ChartData data) throws Exception {
    String actual;
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true))) {
      actual = jsonb.toJson(data).strip() + "\n";
    }
    try (InputStream in = ChartDataGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        Path out = Path.of("target", "golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        fail("no golden file " + name + "; the actual data is in " + out + " for review");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }

  @Test
  void aDayInEnglishWithConversions() throws Exception {
    assertGolden("chart-day-en.json", ChartData.of(TrendSummaries.yesterday(TrendSummaries.withConversions()),
        ChartLabelSets.english("yesterday")));
  }

  @Test
  void aDayInSpanishWithoutConversions() throws Exception {
    assertGolden("chart-day-es.json", ChartData.of(TrendSummaries.yesterday(TrendSummaries.plain()),
        ChartLabelSets.spanish("ayer")));
  }

  @Test
  void sevenDaysInEnglishWithConversions() throws Exception {
    assertGolden("chart-7-days-en.json", ChartData.of(
        TrendSummaries.lastSevenDays(TrendSummaries.withConversions(), true), ChartLabelSets.english("last 7 days")));
  }

  @Test
  void sevenDaysInSpanishWithoutConversions() throws Exception {
    assertGolden("chart-7-days-es.json", ChartData.of(TrendSummaries.lastSevenDays(TrendSummaries.plain(), true),
        ChartLabelSets.spanish("últimos 7 días")));
  }

  @Test
  void aPeriodWithoutClicksSaysSoInsteadOfBars() {
    Summary empty = Summaries.of(TrendSummaries.yesterday(TrendSummaries.plain()).periods(), Totals.EMPTY,
        Totals.EMPTY, 5, TrendSummaries.NOTE);
    ChartData data = ChartData.of(empty, ChartLabelSets.english("yesterday"));
    assertEquals(List.of(), data.ads().ads());
    assertEquals("No clicks in this period", data.ads().note());
    assertNull(data.ads().conversions());
    assertEquals(24, data.trend().x().size());
  }

  @Test
  void adLabelsAreRankedNamedAndTruncated() {
    ChartLabels en = ChartLabelSets.english("yesterday");
    assertEquals("1. Black Friday – video…", ChartData.label(1, ad("1202", "Black Friday – video 30s (Colombia)"), en));
    assertEquals("2. 120210000000002", ChartData.label(2, ad("120210000000002", null), en));
    assertEquals("3. (no ad)", ChartData.label(3, ad("", null), en));
    assertEquals("4. two words", ChartData.label(4, ad("x", " two \n words "), en), "whitespace made one space");
    assertEquals(ChartData.MAX_AD_LABEL, ChartData.label(1, ad("x", "😀".repeat(40)), en).codePointCount(0,
        ChartData.label(1, ad("x", "😀".repeat(40)), en).length()), "cut between code points");
  }

  static Summary.RankedAd ad(String id, String name) {
    return new Summary.RankedAd(id, name, "", "", "", 1, 0, null);
  }

  @Test
  void ninetyTwoDaysAreNinetyTwoPointsByDay() throws IOException {
    var periods = app.clicks.report.Periods.parse("last 92 days", TrendSummaries.CLOCK, TrendSummaries.BOGOTA);
    ChartData data = ChartData.of(TrendSummaries.summary(periods, TrendSummaries.plain(), true),
        ChartLabelSets.english("last 92 days"));
    assertEquals("DAY", data.trend().unit());
    assertEquals(92, data.trend().x().size());
    assertEquals("8/24", data.trend().x().get(0));
  }
}
