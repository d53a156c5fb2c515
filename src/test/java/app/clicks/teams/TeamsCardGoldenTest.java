package app.clicks.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.report.AdCount;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.OutcomeCounts;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.report.Totals;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary card, as Teams gets it, in English and Spanish: golden files under src/test/resources/golden. */
class TeamsCardGoldenTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  /** Yesterday (2026-11-22 in Bogotá): 2 named ads, 2 agents (one named), conversions by code VENTA. */
  static Summary yesterday() {
    PeriodPair periods = Periods.yesterday(LocalDate.of(2026, 11, 23), BOGOTA);
    List<Long> hours = new ArrayList<>(Collections.nCopies(24, 0L));
    hours.set(9, 10L);
    hours.set(11, 38L);
    hours.set(15, 72L);
    Totals current = new Totals(120, 110, 4,
        List.of(new AdCount("120210000000001", "https://fb.me/ad1", "ad", "video", 80),
            new AdCount("120210000000002", "", "ad", "image", 40)),
        Map.of("ana.gomez", 70L, "luis.p", 46L), Map.of("RP1", 120L), Map.of("VENTA", 30L, "", 90L), hours,
        new OutcomeCounts(Map.of("120210000000001", Map.of("VENTA", 25L), "120210000000002", Map.of("VENTA", 5L))),
        new OutcomeCounts(Map.of("ana.gomez", Map.of("VENTA", 20L), "luis.p", Map.of("VENTA", 10L))));
    Totals previous = new Totals(100, 95, 5,
        List.of(new AdCount("120210000000001", "https://fb.me/ad1", "ad", "video", 100)),
        Map.of("ana.gomez", 60L, "luis.p", 35L), Map.of("RP1", 100L), Map.of("VENTA", 20L, "", 80L),
        Collections.nCopies(24, 0L), new OutcomeCounts(Map.of("120210000000001", Map.of("VENTA", 20L))),
        new OutcomeCounts(Map.of("ana.gomez", Map.of("VENTA", 20L))));
    Directory directory = new Directory(Names.of(Map.of("ana.gomez", "Ana Gómez")), Names.NONE, Names.ofCodes(Map.of()),
        java.util.Set.of());
    SummaryContext context = new SummaryContext(directory,
        Names.of(Map.of("120210000000001", "Black Friday [video]")), ConversionCodes.of(List.of("VENTA")));
    return Summaries.of(periods, current, previous, 5,
        new Summary.DataNote(Instant.parse("2026-11-23T12:00:00Z"), false, "wolkvox"), context);
  }

  @Test
  void englishCard() throws IOException {
    assertGolden("teams-card-yesterday-en.json", TeamsCard.summary(yesterday(), BOGOTA, TeamsTexts.of(Locale.ENGLISH)));
  }

  @Test
  void spanishCard() throws IOException {
    assertGolden("teams-card-yesterday-es.json",
        TeamsCard.summary(yesterday(), BOGOTA, TeamsTexts.of(Locale.forLanguageTag("es"))));
  }

  @Test
  void theCardIsVersionOnePointFourInTheWorkflowsEnvelope() {
    JsonObject envelope = TeamsCard.summary(yesterday(), BOGOTA, TeamsTexts.of(Locale.ENGLISH));
    assertEquals("message", envelope.getString("type"));
    JsonObject attachment = envelope.getJsonArray("attachments").getJsonObject(0);
    assertEquals("application/vnd.microsoft.card.adaptive", attachment.getString("contentType"));
    assertTrue(attachment.isNull("contentUrl"));
    JsonObject card = attachment.getJsonObject("content");
    assertEquals("AdaptiveCard", card.getString("type"));
    assertEquals("1.4", card.getString("version"));
    assertEquals("Action.OpenUrl", card.getJsonArray("actions").getJsonObject(0).getString("type"));
    assertEquals("https://fb.me/ad1", card.getJsonArray("actions").getJsonObject(0).getString("url"));
  }

  @Test
  void aHugeSummaryIsCutToTwentyKilobytesKeepingTheTotals() {
    Summary s = yesterday();
    List<Summary.RankedAd> ads = new ArrayList<>();
    List<Summary.Ranked> agents = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ads.add(new Summary.RankedAd("ad-" + i, "A very long ad name number " + i + " ".repeat(10) + "x".repeat(40),
          "https://fb.me/" + "p".repeat(60) + i, "ad", "video", 1000 - i, 10, null));
      agents.add(new Summary.Ranked("agent-" + i, "Agent with a long name " + i, 500 - i, 3, null));
    }
    Summary big = new Summary(s.periods(), 400, s.clicks(), s.chats(), s.withoutAgent(), ads, 17, agents, 5,
        List.of(), 0, List.of(), 0, s.untagged(), s.untaggedShare(), s.byHour(), s.data());
    JsonObject envelope = TeamsCard.summary(big, BOGOTA, TeamsTexts.of(Locale.ENGLISH));
    String json = TeamsCard.compact(envelope);
    assertTrue(json.getBytes(StandardCharsets.UTF_8).length <= TeamsCard.MAX_BYTES, json.length() + " bytes");
    assertTrue(json.contains("\"title\":\"Clicks\",\"value\":\"120 (+20, +20.0% vs 100)\""), json);
    assertTrue(json.contains("…and "), "the cut is said: " + json.substring(0, 200));
    assertFalse(json.contains("agent-399"), "rankings are cut");
  }

  @Test
  void aDayWithoutClicksHasNoRankingsAndSaysNoPeak() {
    PeriodPair periods = Periods.yesterday(LocalDate.of(2026, 11, 23), BOGOTA);
    Summary s = Summaries.of(periods, Totals.EMPTY, Totals.EMPTY, 5, Summary.DataNote.file());
    String json = TeamsCard.compact(TeamsCard.summary(s, BOGOTA, TeamsTexts.of(Locale.ENGLISH)));
    assertFalse(json.contains("Top ads"), json);
    assertTrue(json.contains("Clicks by hour ▁▁▁"), json);
    assertFalse(json.contains("peak"), json);
    assertTrue(json.contains("https://www.wolkvox.com/"), json);
  }

  static void assertGolden(String name, JsonObject envelope) throws IOException {
    String actual = TeamsCard.pretty(envelope);
    try (InputStream in = TeamsCardGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        Path out = Path.of("target", "golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        fail("no golden file " + name + "; the actual rendering is in " + out + " for review");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }
}
