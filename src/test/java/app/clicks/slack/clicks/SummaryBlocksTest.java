package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.report.Summary;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import app.clicks.testing.TrendSummaries;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The summary renders to the Block Kit the golden files hold (run with -Dgolden.update=true to rewrite them, then
 * review the diff), and even the largest summary stays inside Slack's limits.
 */
class SummaryBlocksTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Gson GSON = GsonFactory.createSnakeCase();

  @Test
  void typicalSummaryInEnglish() throws Exception {
    assertGolden("summary_en.json", SummaryBlocks.render(SummaryFixtures.typical(), Texts.of("clicks", Locale.ENGLISH)));
  }

  @Test
  void typicalSummaryInSpanish() throws Exception {
    assertGolden("summary_es.json",
        SummaryBlocks.render(SummaryFixtures.typical(), Texts.of("clicks", Locale.forLanguageTag("es"))));
  }

  @Test
  void emptyPeriodInSpanishSaysSoAndWarnsAboutStoredData() throws Exception {
    assertGolden("summary_empty_es.json",
        SummaryBlocks.render(SummaryFixtures.empty(), Texts.of("clicks", Locale.forLanguageTag("es"))));
  }

  @Test
  void renderingIsDeterministic() {
    Texts en = Texts.of("clicks", Locale.ENGLISH);
    assertEquals(json(SummaryBlocks.render(SummaryFixtures.typical(), en)),
        json(SummaryBlocks.render(SummaryFixtures.typical(), en)));
  }

  @Test
  void theDigestCanGiveItsOwnHeader() {
    BlockMessage m = SummaryBlocks.render(SummaryFixtures.typical(), Texts.of("clicks", Locale.ENGLISH), "Daily digest");
    JsonObject header = blocks(m).get(0).getAsJsonObject();
    assertEquals("header", header.get("type").getAsString());
    assertEquals("Daily digest", header.getAsJsonObject("text").get("text").getAsString());
  }

  @Test
  void typicalSummaryShowsTotalsChangeAdsAgentsAndWhenFetched() {
    BlockMessage m = SummaryBlocks.render(SummaryFixtures.typical(), Texts.of("clicks", Locale.ENGLISH));
    String all = json(m);
    assertTrue(all.contains("Clicks · yesterday (America/Bogota)"), all);
    assertTrue(all.contains("128  +28 (+28.0%)"), all);
    assertTrue(all.contains("<https://fb.me/ad/120210000000001|120210000000001> · ad · video — *54 clicks* (+14)"), all);
    assertTrue(all.contains("*ana.gomez* — 40 clicks (+10)"), all);
    assertTrue(all.contains("maria&lt;&amp;&gt;"), all);
    assertTrue(all.contains("+4 more"), all);
    assertTrue(all.contains("Data fetched from wolkvox at 2026-11-24 08:05 (America/Bogota)."), all);
    assertEquals("yesterday: 128 clicks, 120 chats, 9 without an agent.", m.text());
  }

  @Test
  void theLargestRealisticSummaryStaysInsideSlackLimits() {
    for (String lang : new String[] {"en", "es", "pt"}) {
      BlockMessage m = assertInsideSlackLimits(SummaryFixtures.largest(), lang);
      String all = json(m);
      assertTrue(all.contains(CommandText.MAX_TOP + ". "), "shows the whole top N");
      assertTrue(all.contains("987"), "says how many more ads");
      assertTrue(all.contains(":warning:"), "says part comes from the store only");
    }
  }

  @Test
  void namedSummaryWithConversionsInEnglish() throws Exception {
    assertGolden("summary_named_en.json",
        SummaryBlocks.render(SummaryFixtures.named(), Texts.of("clicks", Locale.ENGLISH)));
  }

  @Test
  void namedSummaryWithConversionsInSpanish() throws Exception {
    assertGolden("summary_named_es.json",
        SummaryBlocks.render(SummaryFixtures.named(), Texts.of("clicks", Locale.forLanguageTag("es"))));
  }

  @Test
  void aDayShowsItsClicksByHourAsASparklineWithThePeakInEnglish() throws Exception {
    assertGolden("summary_spark_day_en.json", SummaryBlocks.render(
        TrendSummaries.yesterday(TrendSummaries.withConversions()), Texts.of("clicks", Locale.ENGLISH)));
  }

  @Test
  void aDayShowsItsClicksByHourAsASparklineWithThePeakInSpanish() throws Exception {
    assertGolden("summary_spark_day_es.json", SummaryBlocks.render(
        TrendSummaries.yesterday(TrendSummaries.withConversions()), Texts.of("clicks", Locale.forLanguageTag("es"))));
  }

  @Test
  void sevenDaysShowTheirClicksByDayInEnglish() throws Exception {
    assertGolden("summary_spark_7days_en.json", SummaryBlocks.render(
        TrendSummaries.lastSevenDays(TrendSummaries.plain(), true), Texts.of("clicks", Locale.ENGLISH)));
  }

  @Test
  void sevenDaysShowTheirClicksByDayInSpanish() throws Exception {
    assertGolden("summary_spark_7days_es.json", SummaryBlocks.render(
        TrendSummaries.lastSevenDays(TrendSummaries.plain(), true), Texts.of("clicks", Locale.forLanguageTag("es"))));
  }

  @Test
  void theSparklineIsAContextLineRightAfterTheTotalsAndNamesThePeak() {
    Texts en = Texts.of("clicks", Locale.ENGLISH);
    JsonArray day = blocks(SummaryBlocks.render(TrendSummaries.yesterday(TrendSummaries.plain()), en));
    assertEquals("context", day.get(3).getAsJsonObject().get("type").getAsString());
    String line = day.get(3).getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject().get("text")
        .getAsString();
    assertTrue(line.matches("clicks by hour [▁▂▃▄▅▆▇█]{24} peak 11:00 \\(\\d+\\)"), line);
    String week = json(SummaryBlocks.render(TrendSummaries.lastSevenDays(TrendSummaries.plain(), true), en));
    assertTrue(week.matches("(?s).*clicks by day [▁▂▃▄▅▆▇█]{7} peak \\w{3} 2026-11-\\d\\d \\(\\d+\\).*"), week);
    assertFalse(json(SummaryBlocks.render(SummaryFixtures.empty(), en)).contains("clicks by"),
        "a period without a click has no sparkline");
  }

  @Test
  void namesShowWithTheirIdsAndTheIdAloneWhereThereIsNone() {
    String all = json(SummaryBlocks.render(SummaryFixtures.named(), Texts.of("clicks", Locale.ENGLISH)));
    assertTrue(all.contains("1. *Ana Gómez* (1001) — 40 clicks (+10) · 8 conversions (20.0%)"), all);
    assertTrue(all.contains("2. *1002* — 33 clicks (±0) · 0 conversions (0.0%)"), all);
    assertTrue(all.contains("*María &lt;&amp;&gt; Ruiz* (1003)"), all);
    assertTrue(all.contains("1. *Ventas* (RP_VENTAS) — 90 clicks (+20)\\n2. *RP_SOPORTE* — 38 clicks (+8)"), all);
    assertTrue(all.contains("• *Venta cerrada* (VENTA) — 18 clicks (+4)"), all);
    assertTrue(all.contains("• *X9* — 12 clicks (+12)"), all);
  }

  @Test
  void aNamedAdLinksItsEscapedNameToItsUrlWithTheIdBeside() {
    String all = json(SummaryBlocks.render(SummaryFixtures.named(), Texts.of("clicks", Locale.ENGLISH)));
    assertTrue(all.contains("1. <https://fb.me/ad/120210000000001|Promo Black Friday> (120210000000001) · ad · video"
        + " — *54 clicks* (+14) · *6 conversions* (11.1%)"), all);
    assertTrue(all.contains("<https://www.instagram.com/p/Cx1|Tacos &amp; &lt;Burritos&gt;> (120210000000002)"), all);
    assertTrue(all.contains("3. <https://fb.me/ad/120210000000003|120210000000003> · ad · image — *20 clicks* (+20)"
        + " · *0 conversions* (0.0%)"), all);
  }

  @Test
  void conversionsInTheTotalsAndAdsThatSoldRankedByConversions() {
    BlockMessage m = SummaryBlocks.render(SummaryFixtures.named(), Texts.of("clicks", Locale.ENGLISH));
    String all = json(m);
    assertTrue(all.contains("*Conversions*\\n18  +4 (+28.6%)"), all);
    assertTrue(all.contains("*Conversion rate*\\n14.1%  +0.1 pts"), all);
    assertTrue(all.contains("*Ads that sold*\\n1. <https://www.instagram.com/p/Cx1|Tacos &amp; &lt;Burritos&gt;>"
        + " (120210000000002) — *9 conversions* of 31 clicks (29.0%)\\n2. <https://fb.me/ad/120210000000001|Promo"
        + " Black Friday> (120210000000001) — *6 conversions* of 54 clicks (11.1%)\\n3. (no ad id) — *1 conversion*"
        + " of 12 clicks (8.3%)"), all);
    assertTrue(all.indexOf("*Ads that sold*") > all.indexOf("*Top ads and posts*")
        && all.indexOf("*Ads that sold*") < all.indexOf("*Top agents*"), "right after the top ads");
    assertEquals("yesterday: 128 clicks, 120 chats, 9 without an agent, 18 conversions.", m.text());
  }

  @Test
  void withoutConversionCodesNothingAboutConversionsAppears() {
    for (String lang : new String[] {"en", "es", "pt"}) {
      Texts t = Texts.of("clicks", Locale.forLanguageTag(lang));
      for (Summary s : List.of(SummaryFixtures.typical(), SummaryFixtures.empty(), SummaryFixtures.largest())) {
        BlockMessage m = SummaryBlocks.render(s, t);
        String all = json(m).toLowerCase(Locale.ROOT);
        assertFalse(all.contains("convers"), lang + ": " + all);
        for (String key : new String[] {"summary.conversionRate", "summary.adsThatSold", "summary.noneSold"}) {
          assertFalse(all.contains(t.get(key).toLowerCase(Locale.ROOT)), lang + " " + key + ": " + all);
        }
      }
    }
  }

  @Test
  void withCodesButNoConversionItSaysZeroAndThatNoAdSold() {
    BlockMessage m = SummaryBlocks.render(SummaryFixtures.noneSold(), Texts.of("clicks", Locale.ENGLISH));
    String all = json(m);
    assertTrue(all.contains("*Conversions*\\n0  ±0"), all);
    assertTrue(all.contains("*Conversion rate*\\n0.0%  ±0.0 pts"), all);
    assertTrue(all.contains("*Ads that sold*\\n_No ad brought a conversion in this period._"), all);
  }

  @Test
  void theLargestNamedSummaryWithConversionsStaysInsideSlackLimitsAndCountsWhatItLeavesOut() {
    for (String lang : new String[] {"en", "es", "pt"}) {
      Texts t = Texts.of("clicks", Locale.forLanguageTag(lang));
      BlockMessage m = assertInsideSlackLimits(SummaryFixtures.largestNamed(), lang);
      List<String> sections = new ArrayList<>();
      for (JsonElement b : blocks(m)) {
        JsonObject o = b.getAsJsonObject();
        if (o.get("type").getAsString().equals("section") && o.has("text")) {
          sections.add(o.getAsJsonObject("text").get("text").getAsString());
        }
      }
      for (String title : new String[] {"summary.topAds", "summary.adsThatSold", "summary.topAgents"}) {
        List<String> lines = rankingLines(sections, "*" + SummaryBlocks.escape(t.get(title)) + "*");
        long shown = lines.stream().filter(l -> l.matches("\\d+\\. .*")).count();
        assertTrue(shown >= SummaryBlocks.DEFAULT_TOP, lang + " " + title + " shows " + shown);
        long more = title.equals("summary.topAgents") ? 123_456 + 50 - shown : 987_654 + 50 - shown;
        assertEquals("_" + t.get("summary.more", more) + "_", lines.get(lines.size() - 1), lang + " " + title);
      }
      assertTrue(json(m).contains("Anuncio &amp; &lt;promo&gt; 0"), "names escaped");
    }
  }

  /** The lines of the ranking titled {@code title}, over the sections it takes. */
  private static List<String> rankingLines(List<String> sections, String title) {
    List<String> lines = new ArrayList<>();
    boolean in = false;
    for (String section : sections) {
      if (section.startsWith(title + "\n")) {
        in = true;
        lines.addAll(List.of(section.substring(title.length() + 1).split("\n")));
      } else if (in && !section.startsWith("*")) {
        lines.addAll(List.of(section.split("\n")));
      } else if (in) {
        break;
      }
    }
    assertFalse(lines.isEmpty(), "no ranking " + title + " in " + sections);
    return lines;
  }

  /** Renders {@code s} under a header too long, with the share button, and checks every Slack limit. */
  private static BlockMessage assertInsideSlackLimits(Summary s, String lang) {
    BlockMessage m = SummaryBlocks.render(s, Texts.of("clicks", Locale.forLanguageTag(lang)),
        "A digest header that is far too long ".repeat(10));
    List<LayoutBlock> withShare = new ArrayList<>(m.blocks());
    withShare.add(ClicksCommand.shareBlock(Texts.of("clicks", Locale.forLanguageTag(lang)),
        ShareValue.encode(new ShareValue(1_800_000_000L, CommandText.MAX_TOP, "x".repeat(500))).orElseThrow()));
    JsonArray blocks = GSON.toJsonTree(withShare).getAsJsonArray();
    assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
    int total = 0;
    for (JsonElement b : blocks) {
      JsonObject o = b.getAsJsonObject();
      String type = o.get("type").getAsString();
      if (type.equals("header")) {
        assertTrue(o.getAsJsonObject("text").get("text").getAsString().length() <= 150);
      }
      if (type.equals("section")) {
        if (o.has("text")) {
          assertTrue(o.getAsJsonObject("text").get("text").getAsString().length() <= 3000);
        }
        if (o.has("fields")) {
          assertTrue(o.getAsJsonArray("fields").size() <= 10);
          for (JsonElement f : o.getAsJsonArray("fields")) {
            assertTrue(f.getAsJsonObject().get("text").getAsString().length() <= 2000);
          }
        }
      }
      if (type.equals("context")) {
        assertTrue(o.getAsJsonArray("elements").size() <= 10);
      }
      if (type.equals("actions")) {
        for (JsonElement el : o.getAsJsonArray("elements")) {
          assertTrue(el.getAsJsonObject().get("value").getAsString().length() <= 2000);
        }
      }
      total += SummaryBlocks.textLength(List.of(withShare.get(blocks.asList().indexOf(b))));
    }
    assertTrue(total <= 12_000, lang + " text in all: " + total);
    assertFalse(m.text().isBlank());
    return m;
  }

  private static JsonArray blocks(BlockMessage m) {
    return GSON.toJsonTree(m.blocks()).getAsJsonArray();
  }

  private static String json(BlockMessage m) {
    JsonObject o = new JsonObject();
    o.addProperty("text", m.text());
    o.add("blocks", blocks(m));
    return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(o);
  }

  private static void assertGolden(String name, BlockMessage m) throws Exception {
    Path file = GOLDEN.resolve(name);
    String actual = json(m);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
      fail("rewrote " + file + ": review the diff, then run again without -Dgolden.update=true");
    }
    if (!Files.exists(file)) {
      fail(file + " is missing: run with -Dgolden.update=true to write it, then review it");
    }
    JsonElement expected = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(expected, JsonParser.parseString(actual), "differs from " + file + "; actual:\n" + actual);
  }
}
