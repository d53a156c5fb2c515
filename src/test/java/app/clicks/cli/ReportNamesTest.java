package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.config.ReportConfig;
import app.clicks.report.Summary;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.Database;
import app.clicks.store.DatabaseUrl;
import app.clicks.wolkvox.DemoDirectorySource;
import app.clicks.wolkvox.WolkvoxStandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `report` gives its renderers: the directory read through the store like the clicks, wolkvox's names and
 * hits by default, a workspace's ad names and codes with --team, the codes of --conversions over either, and the
 * demo's names and conversions with no network.
 */
class ReportNamesTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
  private static final String TEAM = "T0REPORT";

  @TempDir Path dir;

  private record Run(int code, String out, String err, List<Summary> summaries) {
    Summary summary() {
      assertEquals(1, summaries.size(), err);
      return summaries.get(0);
    }
  }

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<Summary> seen = new ArrayList<>();
    int code = new ReportCommand(() -> ReportConfig.from(env), NOW, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).observing(seen::add).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), seen);
  }

  private static Map<String, Summary.Ranked> byId(List<Summary.Ranked> ranked) {
    Map<String, Summary.Ranked> out = new HashMap<>();
    ranked.forEach(r -> out.put(r.id(), r));
    return out;
  }

  private static Map<String, Summary.RankedAd> byAd(List<Summary.RankedAd> ranked) {
    Map<String, Summary.RankedAd> out = new HashMap<>();
    ranked.forEach(r -> out.put(r.sourceId(), r));
    return out;
  }

  /** Saves the team's ad names and conversion codes in the store under DATA_DIR, as the App Home would. */
  private void teamChose(Map<String, String> adNames, Set<String> codes) {
    try (Database db = Database.open(DatabaseUrl.h2File(dir))) {
      JdbcWorkspaceChoices choices = new JdbcWorkspaceChoices(db.dataSource());
      JdbcWorkspaceChoices.Change change = new JdbcWorkspaceChoices.Change(new WorkspaceKey("", TEAM), "U0ADMIN",
          NOW.instant());
      choices.saveAdNames(change, adNames);
      choices.chooseConversionCodes(change, codes);
    }
  }

  @Test
  void throughTheStoreTheDirectoryGivesNamesAndWolkvoxsHitsTheConversions() {
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(StoreReportWorld.serving())) {
      Run r = run(StoreReportWorld.env(wolkvox, dir), "yesterday");

      assertEquals(0, r.code(), r.err());
      Summary s = r.summary();
      assertEquals("Ana Gómez", byId(s.topAgents()).get("201").name());
      assertEquals("Ventas WhatsApp", s.topRoutingPoints().get(0).name());
      assertEquals("Venta realizada", byId(s.outcomes()).get("VENTA").name());
      assertEquals(Set.of("VENTA"), s.conversionCodes());
      assertEquals(6, s.conversions().current(), "the six VENTA of AD1");
      assertEquals(6, byAd(s.topAds()).get("AD1").conversion().count());
      assertEquals(4, byId(s.topAgents()).get("201").conversion().count());
      assertNull(byAd(s.topAds()).get("AD1").name(), "without --team, no workspace's ad names");
      assertEquals(3, wolkvox.requests().stream().filter(WolkvoxStandIn::isDirectory).count());

      run(StoreReportWorld.env(wolkvox, dir), "yesterday");
      assertEquals(3, wolkvox.requests().stream().filter(WolkvoxStandIn::isDirectory).count(),
          "the directory is read once a day, through the store");
    }
  }

  @Test
  void conversionsOverrideTheCodes() {
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(StoreReportWorld.serving())) {
      Run r = run(StoreReportWorld.env(wolkvox, dir), "yesterday", "--conversions", " cita ,NO_INTERESADO");

      assertEquals(0, r.code(), r.err());
      Summary s = r.summary();
      assertEquals(Set.of("CITA", "NO_INTERESADO"), s.conversionCodes());
      assertEquals(0, s.conversions().current(), "none of the day's chats was coded CITA");
      assertTrue(s.topAdsByConversions().isEmpty());
    }
  }

  @Test
  void teamUsesThatWorkspacesAdNamesAndCodesAndConversionsStillOverride() {
    teamChose(Map.of("AD1", "Black Friday"), Set.of("CITA"));
    try (WolkvoxStandIn wolkvox = WolkvoxStandIn.start().respond(StoreReportWorld.serving())) {
      Map<String, String> env = StoreReportWorld.env(wolkvox, dir);

      Summary team = run(env, "yesterday", "--team", TEAM).summary();
      Summary both = run(env, "yesterday", "--team", TEAM, "--conversions", "VENTA").summary();
      Summary other = run(env, "yesterday", "--team", "T0OTHER").summary();

      assertEquals("Black Friday", byAd(team.topAds()).get("AD1").name());
      assertEquals(Set.of("CITA"), team.conversionCodes());
      assertEquals(0, team.conversions().current());
      assertEquals("Black Friday", byAd(both.topAds()).get("AD1").name());
      assertEquals(6, both.conversions().current());
      assertNull(byAd(other.topAds()).get("AD1").name(), "another workspace's names are not this one's");
      assertEquals(Set.of("VENTA"), other.conversionCodes(), "a workspace that chose nothing: wolkvox's hits");
    }
  }

  @Test
  void demoShowsNamesAndConversionsWithNoNetwork() {
    Run r = run(Map.of(), "yesterday", "--demo");

    assertEquals(0, r.code(), r.err());
    Summary s = r.summary();
    assertEquals("demo", s.data().source());
    assertTrue(s.topAgents().stream().allMatch(a -> a.name() != null), "every demo agent has a name");
    assertTrue(s.topRoutingPoints().stream().allMatch(a -> a.name() != null));
    assertEquals(Set.of("VENTA"), s.conversionCodes());
    assertTrue(s.conversions().current() > 0, "the demo sells");
    assertFalse(s.topAdsByConversions().isEmpty(), "ads that sold");
    Map<String, Summary.RankedAd> ads = byAd(s.topAds());
    assertTrue(DemoDirectorySource.AD_NAMES.keySet().stream().anyMatch(ads::containsKey), ads.keySet().toString());
    DemoDirectorySource.AD_NAMES.forEach((id, name) -> {
      if (ads.containsKey(id)) {
        assertEquals(name, ads.get(id).name());
      }
    });
  }

  @Test
  void aSavedAnswerHasNoDirectoryAndConversionsOnlyForTheCodesGiven() throws Exception {
    String file = Path.of(ReportNamesTest.class.getResource("/cli/chat14-small.json").toURI()).toString();

    Summary plain = run(Map.of(), "--from-file", file).summary();
    Summary sold = run(Map.of(), "--from-file", file, "--conversions", "VENTA").summary();

    assertTrue(plain.conversionCodes().isEmpty());
    assertNull(plain.conversions());
    assertTrue(plain.topAgents().stream().allMatch(a -> a.name() == null));
    assertEquals(Set.of("VENTA"), sold.conversionCodes());
  }

  @Test
  void badTeamOrConversionsOrTeamWithTheDemoIsOneLineAndExitTwo() {
    for (String[] args : List.of(
        new String[] {"yesterday", "--team", "T 0; drop"},
        new String[] {"yesterday", "--conversions", " , "},
        new String[] {"yesterday", "--demo", "--team", TEAM})) {
      Run r = run(Map.of(), args);

      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().startsWith("report: "), r.err());
      assertEquals(1, r.err().trim().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertEquals("", r.out());
    }
  }
}
