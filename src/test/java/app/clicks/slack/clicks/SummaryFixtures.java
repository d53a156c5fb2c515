package app.clicks.slack.clicks;

import app.clicks.report.Period;
import app.clicks.report.Period.Kind;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Conversion;
import app.clicks.report.Summary.DataNote;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import app.clicks.report.Summary.RateChange;
import app.clicks.report.Summary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Summaries for rendering tests: a typical day, an empty one and the largest realistic one, without names or
 * conversions; and the same kinds with names and conversions.
 */
final class SummaryFixtures {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private SummaryFixtures() {}

  static PeriodPair yesterday() {
    return Periods.yesterday(LocalDate.of(2026, 11, 24), BOGOTA);
  }

  static PeriodPair lastSevenDays() {
    LocalDate first = LocalDate.of(2026, 11, 17);
    return new PeriodPair(
        new Period("last 7 days", first.atStartOfDay(BOGOTA), first.plusDays(7).atStartOfDay(BOGOTA), false,
            Kind.LAST_DAYS, 7),
        new Period("2026-11-10..2026-11-16", first.minusDays(7).atStartOfDay(BOGOTA), first.atStartOfDay(BOGOTA),
            false, Kind.RANGE, 0));
  }

  static Summary typical() {
    return new Summary(
        yesterday(),
        5,
        new Change(128, 100),
        new Change(120, 96),
        new Change(9, 12),
        List.of(
            new RankedAd("120210000000001", "https://fb.me/ad/120210000000001", "ad", "video", 54, 40),
            new RankedAd("120210000000002", "https://www.instagram.com/p/Cx1", "post", "image", 31, 35),
            new RankedAd("", "", "", "", 12, 0)),
        4,
        List.of(new Ranked("ana.gomez", 40, 30), new Ranked("luis.p", 33, 33), new Ranked("maria<&>", 20, 25)),
        2,
        List.of(new Ranked("RP_VENTAS", 90, 70), new Ranked("RP_SOPORTE", 38, 30)),
        0,
        List.of(new Ranked("VENTA", 50, 41), new Ranked("NO_INTERESADO", 30, 22)),
        1,
        new Change(20, 15),
        20.0 / 128,
        Collections.nCopies(24, 0L),
        new DataNote(Instant.parse("2026-11-24T13:05:00Z"), false, "wolkvox"));
  }

  static Summary empty() {
    return new Summary(yesterday(), 5, new Change(0, 3), new Change(0, 3), new Change(0, 1), List.of(), 0,
        List.of(), 0, List.of(), 0, List.of(), 0, new Change(0, 0), 0, Collections.nCopies(24, 0L),
        new DataNote(Instant.parse("2026-11-24T13:05:00Z"), true, "wolkvox"));
  }

  /** Top N at the maximum, long ids and URLs, many outcomes and routing points, a store-only note. */
  static Summary largest() {
    int n = CommandText.MAX_TOP;
    List<RankedAd> ads = new ArrayList<>();
    List<Ranked> agents = new ArrayList<>();
    List<Ranked> routing = new ArrayList<>();
    List<Ranked> outcomes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "9".repeat(40) + "-" + "x".repeat(60) + i;
      String url = "https://www.facebook.com/" + "a".repeat(150) + "/posts/" + i + "?" + "utm=" + "b".repeat(i * 10);
      ads.add(new RankedAd(id, url, "instagram_reels_long_source_type_" + i, "carousel_album_media_type_" + i,
          1_000_000L - i, 999_999L));
      agents.add(new Ranked("agent.with.a.very.long.identifier." + "z".repeat(80) + i, 900_000L - i, 1));
      routing.add(new Ranked("ROUTING_POINT_" + "R".repeat(70) + i, 800_000L - i, 0));
      outcomes.add(new Ranked("OUTCOME_CODE_" + "O".repeat(70) + i, 700_000L - i, 5));
    }
    return new Summary(lastSevenDays(), n, new Change(12_345_678, 1), new Change(12_000_000, 0),
        new Change(345_678, 345_679), ads, 987_654, agents, 123_456, routing, 77, outcomes, 4321,
        new Change(1_000_000, 2), 0.081, Collections.nCopies(24, 1L),
        new DataNote(Instant.parse("2026-11-24T13:05:00Z"), true, "wolkvox"));
  }

  /** conversions of clicks now and before, with the rate of each. */
  static Conversion sold(long count, long clicks, long previousCount, long previousClicks) {
    return new Conversion(count, previousCount, RateChange.of(count, clicks, previousCount, previousClicks));
  }

  /**
   * The typical day with names (some ids without one, names with Slack's reserved characters) and conversions (code
   * VENTA): one top ad without a conversion, an agent with none now and some before.
   */
  static Summary named() {
    RankedAd blackFriday = new RankedAd("120210000000001", "Promo Black Friday", "https://fb.me/ad/120210000000001",
        "ad", "video", 54, 40, sold(6, 54, 4, 40));
    RankedAd tacos = new RankedAd("120210000000002", "Tacos & <Burritos>", "https://www.instagram.com/p/Cx1", "post",
        "image", 31, 35, sold(9, 31, 3, 35));
    RankedAd unnamed = new RankedAd("120210000000003", null, "https://fb.me/ad/120210000000003", "ad", "image", 20,
        0, sold(0, 20, 0, 0));
    RankedAd noId = new RankedAd("", null, "", "", "", 12, 0, sold(1, 12, 0, 0));
    return new Summary(
        yesterday(),
        5,
        new Change(128, 100),
        new Change(120, 96),
        new Change(9, 12),
        List.of(blackFriday, tacos, unnamed, noId),
        4,
        List.of(new Ranked("1001", "Ana Gómez", 40, 30, sold(8, 40, 5, 30)),
            new Ranked("1002", null, 33, 33, sold(0, 33, 2, 33)),
            new Ranked("1003", "María <&> Ruiz", 20, 25, sold(6, 20, 1, 25))),
        2,
        List.of(new Ranked("RP_VENTAS", "Ventas", 90, 70, null), new Ranked("RP_SOPORTE", null, 38, 30, null)),
        0,
        List.of(new Ranked("VENTA", "Venta cerrada", 18, 14, null), new Ranked("NO_INTERESADO", "No interesado", 30,
            22, null), new Ranked("X9", null, 12, 0, null)),
        1,
        new Change(20, 15),
        20.0 / 128,
        Collections.nCopies(24, 0L),
        new DataNote(Instant.parse("2026-11-24T13:05:00Z"), false, "wolkvox"),
        Set.of("VENTA"),
        new Change(18, 14),
        RateChange.of(18, 128, 14, 100),
        List.of(tacos, blackFriday, noId),
        0);
  }

  /** Conversion codes defined, but no conversion in either period. */
  static Summary noneSold() {
    Summary t = typical();
    return new Summary(t.periods(), t.topN(), t.clicks(), t.chats(), t.withoutAgent(), t.topAds(), t.moreAds(),
        t.topAgents(), t.moreAgents(), t.topRoutingPoints(), t.moreRoutingPoints(), t.outcomes(), t.moreOutcomes(),
        t.untagged(), t.untaggedShare(), t.byHour(), t.data(), Set.of("VENTA"), new Change(0, 0),
        RateChange.of(0, t.clicks().current(), 0, t.clicks().previous()), List.of(), 0);
  }

  /**
   * The largest realistic summary with names and conversions: 50 ads, agents, routing points and outcomes, each
   * with a name of 100 characters full of characters Slack escapes, long ids, URLs and types, every ad sold.
   */
  static Summary largestNamed() {
    int n = 50;
    List<RankedAd> ads = new ArrayList<>();
    List<Ranked> agents = new ArrayList<>();
    List<Ranked> routing = new ArrayList<>();
    List<Ranked> outcomes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "9".repeat(40) + "-" + "x".repeat(60) + i;
      String url = "https://www.facebook.com/" + "a".repeat(150) + "/posts/" + i + "?" + "utm=" + "b".repeat(i * 10);
      String name = ("Anuncio & <promo> " + i + " ").repeat(10).substring(0, 100);
      long clicks = 1_000_000L - i;
      ads.add(new RankedAd(id, name, url, "instagram_reels_long_source_type_" + i, "carousel_album_media_type_" + i,
          clicks, 999_999L, sold(clicks - 1, clicks, 999_998L, 999_999L)));
      agents.add(new Ranked("agent.with.a.very.long.identifier." + "z".repeat(80) + i, "Agente " + "Á&<".repeat(31)
          + i, 900_000L - i, 1, sold(899_999L - i, 900_000L - i, 1, 1)));
      routing.add(new Ranked("ROUTING_POINT_" + "R".repeat(70) + i, "Punto " + "R".repeat(94), 800_000L - i, 0,
          null));
      outcomes.add(new Ranked("OUTCOME_CODE_" + "O".repeat(70) + i, "Descripción " + "<o>".repeat(29) + i,
          700_000L - i, 5, null));
    }
    return new Summary(lastSevenDays(), n, new Change(12_345_678, 1), new Change(12_000_000, 0),
        new Change(345_678, 345_679), ads, 987_654, agents, 123_456, routing, 77, outcomes, 4321,
        new Change(1_000_000, 2), 0.081, Collections.nCopies(24, 1L),
        new DataNote(Instant.parse("2026-11-24T13:05:00Z"), true, "wolkvox"), Set.of("VENTA"),
        new Change(9_999_999, 1), RateChange.of(9_999_999, 12_345_678, 1, 1), ads, 987_654);
  }
}
