package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How click records stream into the totals of one period. */
class ClickTallyTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Instant NOON_BOGOTA = Instant.parse("2026-11-23T17:00:00Z");

  static ClickRecord click(String sourceId, String chatId, String agentId, String rpId, String codAct, Instant at) {
    return new ClickRecord("https://fb.me/" + sourceId, "ad", sourceId, chatId, rpId, agentId, "video", "",
        at, at == null ? "garbage" : at.toString(), codAct);
  }

  static ClickRecord click(String chatId, String agentId) {
    return click("ad1", chatId, agentId, "rp1", "VENTA", NOON_BOGOTA);
  }

  static Totals tally(ZoneId zone, ClickRecord... records) {
    ClickTally t = new ClickTally(zone);
    for (ClickRecord r : records) {
      t.accept(r);
    }
    return t.toTotals();
  }

  @Test
  void nothingTalliedIsEmpty() {
    assertEquals(Totals.EMPTY, new ClickTally(BOGOTA).toTotals());
  }

  @Test
  void chatsAreDistinctNonEmptyChatIds() {
    Totals t = tally(BOGOTA, click("c1", "a"), click("c1", "a"), click("c2", "a"), click("", "a"), click("", "a"));
    assertEquals(5, t.clicks());
    assertEquals(2, t.chats());
  }

  @Test
  void aHundredThousandDistinctChatsAreCountedExactly() {
    ClickTally t = new ClickTally(BOGOTA);
    for (int i = 0; i < 100_000; i++) {
      t.accept(click("5730012" + i, "a"));
      t.accept(click("5730012" + i, "b"));
    }
    assertEquals(200_000, t.toTotals().clicks());
    assertEquals(100_000, t.toTotals().chats());
  }

  @Test
  void anEmptyOrBlankAgentIsAClickWithoutAgentAndNoAgentLine() {
    Totals t = tally(BOGOTA, click("c1", ""), click("c2", " "), click("c3", "ana"), click("c4", "ana"),
        click("c5", "luis"));
    assertEquals(2, t.withoutAgent());
    assertEquals(Map.of("ana", 2L, "luis", 1L), t.agents());
  }

  @Test
  void routingPointsAndOutcomesAreCountedAsSentEmptyIncluded() {
    Totals t = tally(BOGOTA,
        click("ad1", "c1", "a", "rp1", "VENTA", NOON_BOGOTA),
        click("ad1", "c2", "a", "rp1", "", NOON_BOGOTA),
        click("ad1", "c3", "a", "", "TIMEOUTCHAT", NOON_BOGOTA));
    assertEquals(Map.of("rp1", 2L, "", 1L), t.routingPoints());
    assertEquals(Map.of("VENTA", 1L, "", 1L, "TIMEOUTCHAT", 1L), t.outcomes());
  }

  @Test
  void anAdKeepsTheFirstNonEmptyUrlTypeAndMediaSeen() {
    ClickRecord bare = new ClickRecord("", "", "ad9", "c1", "rp", "a", "", "", NOON_BOGOTA, "", "");
    ClickRecord first = new ClickRecord("https://one", "post", "ad9", "c2", "rp", "a", "image", "", null, "", "");
    ClickRecord second = new ClickRecord("https://two", "ad", "ad9", "c3", "rp", "a", "video", "", null, "", "");
    Totals t = tally(BOGOTA, bare, first, second);
    assertEquals(List.of(new AdCount("ad9", "https://one", "post", "image", 3)), t.ads());
  }

  @Test
  void adsComeByClicksDescendingThenSourceIdAscending() {
    Totals t = tally(BOGOTA,
        click("b", "c1", "a", "rp", "", null), click("a", "c2", "a", "rp", "", null),
        click("c", "c3", "a", "rp", "", null), click("c", "c4", "a", "rp", "", null));
    assertEquals(List.of("c", "a", "b"), t.ads().stream().map(AdCount::sourceId).toList());
  }

  @Test
  void hoursAreHoursOfDayInTheReportZoneAndRecordsWithoutDateAreLeftOutOfThem() {
    Totals t = tally(BOGOTA,
        click("ad1", "c1", "a", "rp", "", Instant.parse("2026-11-24T03:30:00Z")), // 22:30 on the 23rd in Bogotá
        click("ad1", "c2", "a", "rp", "", Instant.parse("2026-11-24T05:00:00Z")), // 00:00 on the 24th
        click("ad1", "c3", "a", "rp", "", Instant.parse("2026-11-24T04:59:59Z")), // 23:59:59
        click("ad1", "c4", "a", "rp", "", null));
    assertEquals(4, t.clicks());
    assertEquals(4, t.chats());
    assertEquals(1, t.byHour().get(22));
    assertEquals(1, t.byHour().get(23));
    assertEquals(1, t.byHour().get(0));
    assertEquals(3, t.byHour().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void hoursFollowTheZoneAcrossDaylightSavingChanges() {
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    Totals t = tally(saoPaulo,
        click("ad1", "c1", "a", "rp", "", Instant.parse("2018-11-04T02:59:00Z")), // 23:59 -03:00 on the 3rd
        click("ad1", "c2", "a", "rp", "", Instant.parse("2018-11-04T03:00:00Z")), // 01:00 -02:00: no midnight
        click("ad1", "c3", "a", "rp", "", Instant.parse("2019-02-17T01:30:00Z")), // 23:30 -02:00 on the 16th
        click("ad1", "c4", "a", "rp", "", Instant.parse("2019-02-17T02:30:00Z")), // 23:30 -03:00 again
        click("ad1", "c5", "a", "rp", "", Instant.parse("2018-11-04T01:00:00Z"))); // 22:00 -03:00, back in time
    assertEquals(3, t.byHour().get(23));
    assertEquals(1, t.byHour().get(1));
    assertEquals(1, t.byHour().get(22));
    assertEquals(0, t.byHour().get(0));
  }

  @Test
  void mergedTalliesGiveWhatOneTallyOfEverythingGives() {
    ClickRecord[] part1 = {click("ad1", "c1", "ana", "rp1", "VENTA", NOON_BOGOTA),
        click("ad2", "c2", "", "rp1", "", null)};
    ClickRecord[] part2 = {click("ad1", "c1", "luis", "rp2", "VENTA", NOON_BOGOTA.plusSeconds(3600)),
        click("ad3", "c3", "ana", "rp1", "TIMEOUTACW", NOON_BOGOTA)};
    ClickTally a = new ClickTally(BOGOTA);
    ClickTally b = new ClickTally(BOGOTA);
    ClickTally all = new ClickTally(BOGOTA);
    for (ClickRecord r : part1) {
      a.accept(r);
      all.accept(r);
    }
    for (ClickRecord r : part2) {
      b.accept(r);
      all.accept(r);
    }
    Totals merged = a.merge(b).toTotals();
    assertEquals(all.toTotals(), merged);
    assertEquals(3, merged.chats(), "c1 is in both parts and counted once");
    assertEquals(4, merged.clicks());
    assertEquals(Map.of("VENTA", 2L), merged.adOutcomes().byId().get("ad1"), "clicks by ad and outcome add up");
    assertEquals(Map.of("VENTA", 1L, "TIMEOUTACW", 1L), merged.agentOutcomes().byId().get("ana"));
  }

  @Test
  void clicksAreCountedByAdAndByAgentAndOutcomeCodesTrimmedInUpperCase() {
    Totals t = tally(BOGOTA,
        click("ad1", "c1", "ana", "rp1", "VENTA", NOON_BOGOTA),
        click("ad1", "c2", "ana", "rp1", " venta ", NOON_BOGOTA),
        click("ad1", "c3", "", "rp1", "Venta", null),
        click("ad2", "c4", "luis", "rp1", "", NOON_BOGOTA));
    assertEquals(new OutcomeCounts(Map.of("ad1", Map.of("VENTA", 3L), "ad2", Map.of("", 1L))), t.adOutcomes());
    assertEquals(new OutcomeCounts(Map.of("ana", Map.of("VENTA", 2L), "luis", Map.of("", 1L))), t.agentOutcomes(),
        "a click without agent is no agent's");
    assertEquals(3, t.adOutcomes().count("ad1", java.util.Set.of("VENTA")));
    assertEquals(Map.of("ad1", 3L), t.adOutcomes().matching(java.util.Set.of("VENTA")));
  }

  @Test
  void mergingKeepsTheFirstNonEmptyDescriptionOfAnAd() {
    ClickTally a = new ClickTally(BOGOTA);
    a.accept(new ClickRecord("", "", "ad9", "c1", "rp", "a", "", "", null, "", ""));
    ClickTally b = new ClickTally(BOGOTA);
    b.accept(new ClickRecord("https://one", "post", "ad9", "c2", "rp", "a", "image", "", null, "", ""));
    assertEquals(List.of(new AdCount("ad9", "https://one", "post", "image", 2)), a.merge(b).toTotals().ads());
  }

  @Test
  void talliesOfDifferentZonesDoNotMerge() {
    ClickTally bogota = new ClickTally(BOGOTA);
    ClickTally lima = new ClickTally(ZoneId.of("America/Lima"));
    assertThrows(IllegalArgumentException.class, () -> bogota.merge(lima));
  }

  @Test
  void aTallyCountingDaysCountsClicksByDayOfTheReportTimezone() {
    ClickTally t = ClickTally.countingDays(BOGOTA);
    t.accept(click("a", "c1", "x", "rp", "", Instant.parse("2026-11-23T04:59:00Z"))); // 22nd, 23:59 in Bogotá
    t.accept(click("a", "c2", "x", "rp", "", Instant.parse("2026-11-23T05:00:00Z"))); // 23rd, 00:00
    t.accept(click("a", "c3", "x", "rp", "", Instant.parse("2026-11-23T17:00:00Z")));
    t.accept(click("a", "c4", "x", "rp", "", null)); // no readable date: counted, but on no day
    ClickTally other = ClickTally.countingDays(BOGOTA);
    other.accept(click("a", "c5", "x", "rp", "", Instant.parse("2026-11-22T12:00:00Z")));
    Totals totals = t.merge(other).toTotals();
    assertEquals(5, totals.clicks());
    assertEquals(Map.of(java.time.LocalDate.of(2026, 11, 22), 2L, java.time.LocalDate.of(2026, 11, 23), 2L),
        totals.byDay());
    assertEquals(java.time.LocalDate.of(2026, 11, 22), totals.byDay().keySet().iterator().next(), "in date order");
  }

  @Test
  void aPlainTallyDoesNotCountByDaySoThatItsTotalsEqualAStoresThatDoesNot() {
    Totals totals = tally(BOGOTA, click("c1", "a"));
    assertEquals(false, totals.countedByDay());
    assertEquals(null, totals.byDay());
    assertThrows(IllegalArgumentException.class,
        () -> new ClickTally(BOGOTA).merge(ClickTally.countingDays(BOGOTA)));
  }
}
