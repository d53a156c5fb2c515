package app.clicks.report;

import static app.clicks.report.SummariesTest.NOTE;
import static app.clicks.report.SummariesTest.NO_HOURS;
import static app.clicks.report.SummariesTest.YESTERDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Conversion;
import app.clicks.report.Summary.RankedAd;
import app.clicks.report.Summary.RateChange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conversions in a summary: which clicks count, their rates and changes, "Ads that sold", and names. */
class SummaryConversionsTest {
  private static final Directory HITS_SALE = new Directory(
      Names.of(Map.of("1001", "Ana Gómez", "1002", " ")),
      Names.of(Map.of("RP_VENTAS", "Ventas")),
      Names.ofCodes(Map.of("sale", "Venta", "NO_SALE", "")),
      Set.of(" sale "));

  /** Totals built click by click: {ad, agent ("" = none), cod_act}. */
  private static Totals clicks(String[]... rows) {
    ClickTally tally = new ClickTally(ZoneId.of("America/Bogota"));
    int i = 0;
    for (String[] r : rows) {
      tally.accept(new ClickRecord("https://fb.me/" + r[0], "ad", r[0], "c" + i++, "RP_VENTAS", r[1], "video", "",
          Instant.parse("2026-11-23T15:00:00Z"), "", r[2]));
    }
    return tally.toTotals();
  }

  private static String[] c(String ad, String agent, String code) {
    return new String[] {ad, agent, code};
  }

  /** n copies of one click. */
  private static List<String[]> times(int n, String ad, String agent, String code) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(c(ad, agent, code));
    }
    return out;
  }

  private static Totals of(List<List<String[]>> groups) {
    List<String[]> all = new ArrayList<>();
    groups.forEach(all::addAll);
    return clicks(all.toArray(new String[0][]));
  }

  private static Summary summary(Totals current, Totals previous, int topN, SummaryContext context) {
    return Summaries.of(YESTERDAY, current, previous, topN, NOTE, context);
  }

  @Test
  void conversionsAreTheClicksWhoseCodeWolkvoxFlagsAsAHitMatchedTrimmedAndWithoutRegardToCase() {
    Totals current = of(List.of(times(3, "A", "1001", "SALE"), times(1, "A", "1001", " Sale "),
        times(4, "B", "1002", "NO_SALE"), times(2, "B", "", "sale")));
    Totals previous = of(List.of(times(1, "A", "1001", "SALE"), times(4, "A", "1002", "")));

    Summary s = summary(current, previous, 5, SummaryContext.of(HITS_SALE));

    assertTrue(s.showsConversions());
    assertEquals(Set.of("SALE"), s.conversionCodes());
    assertEquals(new Change(6, 1), s.conversions());
    assertEquals(new RateChange(0.6, 0.2), s.conversionRate());
    assertEquals(40.0, s.conversionRate().points(), 1e-9);
    assertEquals(500.0, s.conversions().percent(), 1e-9);
  }

  @Test
  void eachTopAdAndAgentCarriesItsConversionsAndRateNowAndBefore() {
    Totals current = of(List.of(times(3, "A", "1001", "SALE"), times(1, "A", "1001", "X"),
        times(4, "B", "1002", "NO_SALE"), times(2, "B", "", "sale")));
    Totals previous = of(List.of(times(1, "A", "1001", "SALE"), times(1, "A", "1001", "X"), times(4, "C", "1002", "")));

    Summary s = summary(current, previous, 5, SummaryContext.of(HITS_SALE));

    assertEquals(List.of("B", "A"), s.topAds().stream().map(RankedAd::sourceId).toList());
    assertEquals(new Conversion(2, 0, new RateChange(2.0 / 6, null)), s.topAds().get(0).conversion(),
        "B had no clicks before: no rate before");
    assertEquals(new Conversion(3, 1, new RateChange(0.75, 0.5)), s.topAds().get(1).conversion());
    assertEquals(List.of("1001", "1002"), s.topAgents().stream().map(Summary.Ranked::id).toList());
    assertEquals(new Conversion(3, 1, new RateChange(0.75, 0.5)), s.topAgents().get(0).conversion(),
        "the clicks without agent (B's 2 sales) are no agent's");
    assertEquals(new Conversion(0, 0, new RateChange(0.0, 0.0)), s.topAgents().get(1).conversion(),
        "1002 sold nothing, now or before: zero, since the workspace has conversion codes");
    assertNull(s.topRoutingPoints().get(0).conversion(), "conversions are by ad and by agent");
  }

  @Test
  void adsThatSoldAreRankedByConversionsTiesByIdAscendingWithoutTheAdsThatSoldNothing() {
    Totals current = of(List.of(times(9, "most-clicks", "1001", "NO_SALE"), times(1, "most-clicks", "1001", "SALE"),
        times(2, "b", "1001", "SALE"), times(2, "a", "1001", "SALE"), times(1, "a", "1001", "X"),
        times(3, "c", "1001", "SALE"), times(5, "none", "1001", "X")));

    Summary s = summary(current, Totals.EMPTY, 3, SummaryContext.of(HITS_SALE));

    assertEquals(List.of("most-clicks", "none", "a"), s.topAds().stream().map(RankedAd::sourceId).toList());
    assertEquals(List.of("c", "a", "b"), s.topAdsByConversions().stream().map(RankedAd::sourceId).toList(),
        "3, then the tie of 2 by id ascending");
    assertEquals(List.of(3L, 2L, 2L), s.topAdsByConversions().stream().map(a -> a.conversion().count()).toList());
    assertEquals(List.of(3L, 3L, 2L), s.topAdsByConversions().stream().map(RankedAd::count).toList(),
        "each with its clicks too");
    assertEquals(1, s.moreAdsByConversions(), "most-clicks sold once and is left out; none sold nothing");
  }

  @Test
  void aWorkspaceCanChooseItsOwnCodesInsteadOfWolkvoxsHits() {
    Totals current = of(List.of(times(3, "A", "1001", "SALE"), times(1, "A", "1001", "cita "),
        times(2, "B", "1002", "Callback")));
    SummaryContext chosen = new SummaryContext(HITS_SALE, Names.NONE, ConversionCodes.of(List.of(" CITA", "callback")));

    Summary s = summary(current, Totals.EMPTY, 5, chosen);

    assertEquals(Set.of("CITA", "CALLBACK"), s.conversionCodes());
    assertEquals(new Change(3, 0), s.conversions());
    assertEquals(List.of("B", "A"), s.topAdsByConversions().stream().map(RankedAd::sourceId).toList());
    assertEquals(1, s.topAds().get(0).conversion().count(), "A: cita only, SALE is not chosen");
  }

  @Test
  void withNoConversionCodeAtAllNothingAboutConversionsIsShownNotEvenZero() {
    Totals current = of(List.of(times(3, "A", "1001", "SALE")));
    Directory noHits = new Directory(Names.NONE, Names.NONE, Names.ofCodes(Map.of("SALE", "Venta")), Set.of());

    for (SummaryContext none : List.of(SummaryContext.NONE, SummaryContext.of(noHits),
        new SummaryContext(noHits, Names.NONE, ConversionCodes.of(List.of("", " "))))) {
      Summary s = summary(current, Totals.EMPTY, 5, none);

      assertFalse(s.showsConversions());
      assertTrue(s.conversionCodes().isEmpty());
      assertNull(s.conversions());
      assertNull(s.conversionRate());
      assertTrue(s.topAdsByConversions().isEmpty());
      assertEquals(0, s.moreAdsByConversions());
      assertNull(s.topAds().get(0).conversion());
      assertNull(s.topAgents().get(0).conversion());
    }
  }

  @Test
  void codesDefinedButNoConversionIsZeroConversionsShown() {
    Totals current = of(List.of(times(4, "A", "1001", "NO_SALE")));

    Summary s = summary(current, Totals.EMPTY, 5, SummaryContext.of(HITS_SALE));

    assertTrue(s.showsConversions());
    assertEquals(new Change(0, 0), s.conversions());
    assertEquals(new RateChange(0.0, null), s.conversionRate(), "no clicks before: no rate before");
    assertNull(s.conversionRate().points());
    assertTrue(s.topAdsByConversions().isEmpty(), "no ad sold");
    assertEquals(new Conversion(0, 0, new RateChange(0.0, null)), s.topAds().get(0).conversion());
  }

  @Test
  void anEmptyPeriodWithCodesHasZeroConversionsAndNoRate() {
    Summary s = summary(Totals.EMPTY, Totals.EMPTY, 5, SummaryContext.of(HITS_SALE));
    assertEquals(new Change(0, 0), s.conversions());
    assertEquals(new RateChange(null, null), s.conversionRate());
  }

  @Test
  void totalsWithoutClicksByOutcomeStillGiveTheTotalConversions() {
    Totals current = new Totals(10, 0, 0, List.of(new AdCount("A", "", "ad", "", 10)), Map.of(), Map.of(),
        Map.of("SALE", 4L, "X", 6L), NO_HOURS);

    Summary s = summary(current, Totals.EMPTY, 5, SummaryContext.of(HITS_SALE));

    assertEquals(new Change(4, 0), s.conversions());
    assertEquals(0, s.topAds().get(0).conversion().count(), "no clicks by ad and outcome were given");
  }

  @Test
  void agentsRoutingPointsAndOutcomesCarryTheirNamesFromTheDirectoryAndAdsTheNamesAdminsGave() {
    Totals current = of(List.of(times(3, "A", " 1001 ", "sale"), times(2, "B", "1002", "NO_SALE"),
        times(1, "C", "1003", "OTHER")));
    SummaryContext named = new SummaryContext(HITS_SALE, Names.of(Map.of("A", "Black Friday")),
        ConversionCodes.WOLKVOX_HITS);

    Summary s = summary(current, Totals.EMPTY, 5, named);

    Map<String, String> agents = new HashMap<>();
    s.topAgents().forEach(r -> agents.put(r.id(), r.name()));
    Map<String, String> expected = new HashMap<>();
    expected.put("1001", "Ana Gómez");
    expected.put("1002", null);
    expected.put("1003", null);
    assertEquals(expected, agents, "a blank name is no name; an unknown id has none");
    assertEquals("Ventas", s.topRoutingPoints().get(0).name());
    Map<String, String> outcomes = new HashMap<>();
    s.outcomes().forEach(r -> outcomes.put(r.id(), r.name()));
    Map<String, String> expectedOutcomes = new HashMap<>();
    expectedOutcomes.put("sale", "Venta");
    expectedOutcomes.put("NO_SALE", null);
    expectedOutcomes.put("OTHER", null);
    assertEquals(expectedOutcomes, outcomes, "codes match without regard to case");
    assertEquals("Black Friday", s.topAds().get(0).name());
    assertNull(s.topAds().get(1).name());
  }

  @Test
  void withoutAContextASummaryIsWhatItWasBeforeNamesAndConversions() {
    Totals current = of(List.of(times(3, "A", "1001", "SALE")));
    assertEquals(summary(current, Totals.EMPTY, 5, SummaryContext.NONE),
        Summaries.of(YESTERDAY, current, Totals.EMPTY, 5, NOTE));
    Summary s = Summaries.of(YESTERDAY, current, Totals.EMPTY, 5, NOTE);
    assertEquals(new Summary.Ranked("1001", 3, 0), s.topAgents().get(0));
    assertEquals(new RankedAd("A", "https://fb.me/A", "ad", "video", 3, 0), s.topAds().get(0));
  }
}
