package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a summary says about a period against its previous period. */
class SummariesTest {
  static final PeriodPair YESTERDAY =
      Periods.parse("yesterday", Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("UTC")),
          ZoneId.of("America/Bogota"));
  static final Summary.DataNote NOTE = new Summary.DataNote(Instant.parse("2026-11-24T14:55:00Z"), false, "wolkvox");
  static final List<Long> NO_HOURS = Collections.nCopies(24, 0L);

  static Totals clicks(long clicks, long chats, long withoutAgent) {
    return new Totals(clicks, chats, withoutAgent, List.of(), Map.of(), Map.of(), Map.of(), NO_HOURS);
  }

  static Totals agents(Map<String, Long> agents) {
    return new Totals(0, 0, 0, List.of(), agents, Map.of(), Map.of(), NO_HOURS);
  }

  static Totals routingPoints(Map<String, Long> rps) {
    return new Totals(0, 0, 0, List.of(), Map.of(), rps, Map.of(), NO_HOURS);
  }

  static Totals outcomes(long clicks, Map<String, Long> outcomes) {
    return new Totals(clicks, 0, 0, List.of(), Map.of(), Map.of(), outcomes, NO_HOURS);
  }

  static Totals ads(AdCount... ads) {
    long clicks = List.of(ads).stream().mapToLong(AdCount::clicks).sum();
    return new Totals(clicks, 0, 0, List.of(ads), Map.of(), Map.of(), Map.of(), NO_HOURS);
  }

  static AdCount ad(String id, long clicks) {
    return new AdCount(id, "https://fb.me/" + id, "ad", "video", clicks);
  }

  static Summary summary(Totals current, Totals previous, int topN) {
    return Summaries.of(YESTERDAY, current, previous, topN, NOTE);
  }

  @Test
  void totalsComeWithTheirChangeInClicksAndPercent() {
    Summary s = summary(clicks(120, 90, 30), clicks(100, 100, 0), 5);
    assertEquals(new Change(120, 100), s.clicks());
    assertEquals(20, s.clicks().delta());
    assertEquals(20.0, s.clicks().percent(), 1e-9);
    assertEquals(-10, s.chats().delta());
    assertEquals(-10.0, s.chats().percent(), 1e-9);
    assertEquals(30, s.withoutAgent().delta());
    assertNull(s.withoutAgent().percent(), "no percent against a previous period of zero");
  }

  @Test
  void theSummaryCarriesItsPeriodsTopNAndDataNote() {
    Summary s = summary(Totals.EMPTY, Totals.EMPTY, 3);
    assertSame(YESTERDAY, s.periods());
    assertEquals(3, s.topN());
    assertEquals(NOTE, s.data());
  }

  @Test
  void tiesAreBrokenByIdAscending() {
    Summary s = summary(agents(Map.of("b", 5L, "a", 5L, "c", 7L, "aa", 5L)), Totals.EMPTY, 5);
    assertEquals(List.of("c", "a", "aa", "b"), s.topAgents().stream().map(Ranked::id).toList());
  }

  @Test
  void topNListsThatManyAndCountsTheRestWithTheirPreviousCounts() {
    Summary s = summary(
        agents(Map.of("ana", 9L, "luis", 8L, "eva", 7L, "juan", 2L, "rosa", 1L)),
        agents(Map.of("ana", 4L, "eva", 10L, "pedro", 50L)),
        3);
    assertEquals(List.of(new Ranked("ana", 9, 4), new Ranked("luis", 8, 0), new Ranked("eva", 7, 10)),
        s.topAgents());
    assertEquals(2, s.moreAgents());
  }

  @Test
  void agentsWithoutIdAreNotRankedButRoutingPointsWithoutIdAre() {
    Summary agentsOnly = summary(agents(Map.of("", 50L, "ana", 3L)), Totals.EMPTY, 5);
    assertEquals(List.of(new Ranked("ana", 3, 0)), agentsOnly.topAgents());
    assertEquals(0, agentsOnly.moreAgents());

    Summary rps = summary(routingPoints(Map.of("", 50L, "rp7", 3L)), routingPoints(Map.of("rp7", 1L)), 1);
    assertEquals(List.of(new Ranked("", 50, 0)), rps.topRoutingPoints());
    assertEquals(1, rps.moreRoutingPoints());
  }

  @Test
  void untaggedIsOneLineOutOfTheOutcomeRankingWithItsShareOfClicks() {
    Summary s = summary(
        outcomes(20, Map.of("", 3L, "TIMEOUTCHAT", 2L, " timeoutAcw ", 1L, "VENTA", 4L, " VENTA", 1L,
            "NO INTERESADO", 5L, "CALLBACK", 4L)),
        outcomes(10, Map.of("TimeOutChat", 4L, "VENTA", 6L)),
        5);
    assertEquals(new Change(6, 4), s.untagged());
    assertEquals(0.3, s.untaggedShare(), 1e-9);
    assertEquals(
        List.of(new Ranked("NO INTERESADO", 5, 0), new Ranked("VENTA", 5, 6), new Ranked("CALLBACK", 4, 0)),
        s.outcomes());
    assertEquals(0, s.moreOutcomes());
  }

  @Test
  void outcomeCodesThatDifferOnlyInCaseAreOneLineUnderTheirMostFrequentSpelling() {
    Summary s = summary(
        outcomes(12, Map.of("venta", 2L, "VENTA", 5L, " Venta ", 1L, "Callback", 4L)),
        outcomes(5, Map.of("Venta", 3L, "CALLBACK", 2L)),
        5);
    assertEquals(List.of(new Ranked("VENTA", 8, 3), new Ranked("Callback", 4, 2)), s.outcomes());
    assertEquals(0, s.moreOutcomes());
  }

  @Test
  void outcomesAreCutAtTopNToo() {
    Summary s = summary(outcomes(6, Map.of("A", 3L, "B", 2L, "C", 1L, "", 9L)), Totals.EMPTY, 1);
    assertEquals(List.of(new Ranked("A", 3, 0)), s.outcomes());
    assertEquals(2, s.moreOutcomes());
  }

  @Test
  void topAdsCarryTheirLinkTypeMediaAndPreviousClicks() {
    Summary s = summary(
        ads(ad("120", 4), new AdCount("777", "https://instagram.com/p/x", "post", "image", 9), ad("300", 4),
            ad("999", 1), ad("zero", 0)),
        ads(ad("120", 2), ad("555", 40)),
        3);
    assertEquals(
        List.of(new RankedAd("777", "https://instagram.com/p/x", "post", "image", 9, 0),
            new RankedAd("120", "https://fb.me/120", "ad", "video", 4, 2),
            new RankedAd("300", "https://fb.me/300", "ad", "video", 4, 0)),
        s.topAds());
    assertEquals(1, s.moreAds(), "999 is left out; an ad without clicks is not an ad of this period");
  }

  @Test
  void anAdGivenTwiceIsOneAdWithItsFirstDescription() {
    Summary s = summary(
        ads(new AdCount("120", "", "", "", 2), new AdCount("120", "https://fb.me/120", "ad", "video", 3)),
        Totals.EMPTY, 5);
    assertEquals(List.of(new RankedAd("120", "https://fb.me/120", "ad", "video", 5, 0)), s.topAds());
    assertEquals(0, s.moreAds());
  }

  @Test
  void clicksByHourAreTheCurrentPeriods() {
    List<Long> hours = new ArrayList<>(NO_HOURS);
    hours.set(9, 12L);
    Totals current = new Totals(12, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), hours);
    assertEquals(hours, summary(current, clicks(3, 0, 0), 5).byHour());
  }

  @Test
  void anEmptyPeriodHasZerosEmptyRankingsAndNoPercent() {
    Summary s = summary(Totals.EMPTY, Totals.EMPTY, 5);
    assertEquals(new Change(0, 0), s.clicks());
    assertNull(s.clicks().percent());
    assertEquals(new Change(0, 0), s.chats());
    assertEquals(new Change(0, 0), s.untagged());
    assertEquals(0.0, s.untaggedShare());
    assertTrue(s.topAds().isEmpty() && s.topAgents().isEmpty() && s.topRoutingPoints().isEmpty()
        && s.outcomes().isEmpty());
    assertEquals(0, s.moreAds() + s.moreAgents() + s.moreRoutingPoints() + s.moreOutcomes());
    assertEquals(NO_HOURS, s.byHour());
  }

  @Test
  void aFallFromSomethingToNothingIsMinus100Percent() {
    Summary s = summary(Totals.EMPTY, clicks(8, 4, 2), 5);
    assertEquals(-100.0, s.clicks().percent(), 1e-9);
    assertEquals(-8, s.clicks().delta());
  }

  @Test
  void topNMustBeAtLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> summary(Totals.EMPTY, Totals.EMPTY, 0));
  }

  @Test
  void aTallyOfRecordsFeedsTheSummary() {
    ClickTally tally = new ClickTally(ZoneId.of("America/Bogota"));
    Instant nine = Instant.parse("2026-11-23T14:10:00Z");
    tally.accept(new ClickRecord("https://fb.me/1", "ad", "1", "c1", "rp", "ana", "video", "", nine, "", "VENTA"));
    tally.accept(new ClickRecord("https://fb.me/1", "ad", "1", "c1", "rp", "", "video", "", nine, "", ""));
    tally.accept(new ClickRecord("https://fb.me/2", "ad", "2", "c2", "rp", "ana", "video", "", null, "", "X"));
    Summary s = summary(tally.toTotals(), Totals.EMPTY, 5);
    assertEquals(new Change(3, 0), s.clicks());
    assertEquals(new Change(2, 0), s.chats());
    assertEquals(new Change(1, 0), s.withoutAgent());
    assertEquals(List.of(new Ranked("ana", 2, 0)), s.topAgents());
    assertEquals(List.of("1", "2"), s.topAds().stream().map(RankedAd::sourceId).toList());
    assertEquals(2L, s.byHour().get(9));
    assertEquals(1.0 / 3, s.untaggedShare(), 1e-9);
  }
}
