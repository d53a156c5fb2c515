package app.clicks.testing;

import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.report.Totals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summaries with a known trend, for the sparkline, chart and CSV tests: clicks made record by record (so that the
 * hours, days, ads and conversions agree), tallied as a file or a store that counts by day would.
 */
public final class TrendSummaries {
  public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** 2026-11-24 10:00 in Bogotá. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
  public static final Summary.DataNote NOTE =
      new Summary.DataNote(Instant.parse("2026-11-24T14:55:00Z"), false, "wolkvox");

  /** Clicks by hour of day of a typical day: quiet at night, a peak at 11:00. */
  public static final int[] DAY_SHAPE = {0, 0, 0, 0, 0, 0, 1, 3, 8, 20, 31, 38, 30, 22, 25, 27, 24, 18, 12, 9, 6, 4,
      2, 1};

  /** The ads, with the names admins gave two of them ("" is the clicks without source_id). */
  public static final List<String> ADS = List.of("120210000000001", "120210000000002", "17900000000000003",
      "120210000000004", "", "120210000000006");

  public static final Map<String, String> AD_NAMES = Map.of(
      "120210000000001", "Black Friday – video 30s (Colombia, todas las edades)",
      "120210000000002", "Crédito fácil");

  private TrendSummaries() {}

  /** A workspace with ad names whose conversion code is VENTA. */
  public static SummaryContext withConversions() {
    return new SummaryContext(new Directory(Names.NONE, Names.NONE, Names.ofCodes(Map.of()), Set.of()),
        Names.of(AD_NAMES), ConversionCodes.of(List.of("VENTA")));
  }

  /** A workspace without names or conversion codes. */
  public static SummaryContext plain() {
    return SummaryContext.NONE;
  }

  /** Yesterday (2026-11-23) against the day before, counted by day. */
  public static Summary yesterday(SummaryContext context) {
    return summary(Periods.parse("yesterday", CLOCK, BOGOTA), context, true);
  }

  /** The last 7 days (2026-11-17..23) against the 7 days before, counted by day (or not). */
  public static Summary lastSevenDays(SummaryContext context, boolean countedByDay) {
    return summary(Periods.parse("last 7 days", CLOCK, BOGOTA), context, countedByDay);
  }

  /** The summary of {@code periods} of the made-up clicks. */
  public static Summary summary(PeriodPair periods, SummaryContext context, boolean countedByDay) {
    Totals current = tally(periods.current().firstDay(), periods.current().lastDay(), periods, true, countedByDay);
    Totals previous = tally(periods.previous().firstDay(), periods.previous().lastDay(), periods, false, countedByDay);
    return Summaries.of(periods, current, previous, 5, NOTE, context);
  }

  /** Every made-up click of [first, last], in time order. */
  public static List<ClickRecord> clicks(LocalDate first, LocalDate last) {
    List<ClickRecord> out = new ArrayList<>();
    int seq = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (int h = 0; h < 24; h++) {
        int n = count(d, h);
        for (int i = 0; i < n; i++) {
          Instant at = d.atTime(h, (i * 7) % 60).atZone(BOGOTA).toInstant();
          String ad = ADS.get(weightedAd(seq));
          String code = seq % 4 == 0 ? "VENTA" : (seq % 4 == 1 ? "NO_INTERESADO" : "");
          out.add(new ClickRecord("https://fb.me/" + ad, ad.isEmpty() ? "" : "ad", ad, "5730000" + seq,
              "RP_VENTAS", seq % 5 == 0 ? "" : "agent" + (seq % 3), "video", "", at, at.toString(), code));
          seq++;
        }
      }
    }
    return out;
  }

  /** Clicks of one hour of one day: the day shape, scaled by the day of the month (days differ, weekends less). */
  public static int count(LocalDate d, int hour) {
    int scale = switch (d.getDayOfWeek()) {
      case SATURDAY, SUNDAY -> 1;
      default -> 2;
    };
    return DAY_SHAPE[hour] * scale * (10 + d.getDayOfMonth() % 9) / 20;
  }

  /** Ads in a fixed ratio: the first gets most clicks. */
  private static int weightedAd(int seq) {
    int r = seq % 20;
    return r < 8 ? 0 : r < 13 ? 1 : r < 16 ? 2 : r < 18 ? 3 : r < 19 ? 4 : 5;
  }

  private static Totals tally(LocalDate first, LocalDate last, PeriodPair periods, boolean current,
      boolean countedByDay) {
    ClickTally t = countedByDay ? ClickTally.countingDays(BOGOTA) : new ClickTally(BOGOTA);
    var period = current ? periods.current() : periods.previous();
    for (ClickRecord r : clicks(first, last)) {
      if (period.contains(r.date())) {
        t.accept(r);
      }
    }
    return t.toTotals();
  }
}
