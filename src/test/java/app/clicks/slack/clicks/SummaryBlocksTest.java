package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.report.Summary;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
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
      Summary s = SummaryFixtures.largest();
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
      String all = json(m);
      assertTrue(all.contains(CommandText.MAX_TOP + ". "), "shows the whole top N");
      assertTrue(all.contains("987"), "says how many more ads");
      assertTrue(all.contains(":warning:"), "says part comes from the store only");
    }
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
