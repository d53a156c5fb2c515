package app.clicks.chart;

import app.clicks.report.Period;
import app.clicks.report.Summary;
import app.clicks.report.Trend;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chart shows, computed from a summary: the title, the trend against the previous period (by hour for a day,
 * by day for longer, as {@link Trend} decides) and the top ads. Pure; {@link ChartRenderer} draws it and the golden
 * tests check it, not pixels.
 *
 * @param title the period, its dates and the report timezone: "Clicks · yesterday · 2026-11-23 · time zone
 *     America/Bogota"
 */
public record ChartData(String title, TrendPanel trend, AdsPanel ads) {
  /** The most ads a chart shows: more would not read on a phone. */
  public static final int MAX_ADS = 5;

  /** The longest ad label, rank included; longer names end in "…". */
  public static final int MAX_AD_LABEL = 24;

  /**
   * A named series of values, one per category.
   *
   * @param values null where the series has no value (a previous period shorter than the current one)
   */
  public record Series(String name, List<Long> values) {
    public Series {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /**
   * The trend panel.
   *
   * @param unit HOUR or DAY
   * @param x the labels under the points: hours ("0".."23") or days in the caller's day pattern
   * @param previous null when the previous period's values are not known
   */
  public record TrendPanel(String title, String unit, List<String> x, Series current, Series previous) {
    public TrendPanel {
      x = List.copyOf(x);
    }
  }

  /**
   * The ads panel, the first ad at the top.
   *
   * @param ads "1. name or id", truncated to {@link #MAX_AD_LABEL}
   * @param conversions null when the workspace has no conversion codes
   * @param note what to say instead of bars when there are none (a period without clicks); null otherwise
   */
  public record AdsPanel(String title, List<String> ads, Series clicks, Series conversions, String note) {
    public AdsPanel {
      ads = List.copyOf(ads);
    }
  }

  /** What the chart of {@code summary} shows, in the words of {@code labels}. */
  public static ChartData of(Summary summary, ChartLabels labels) {
    Period period = summary.periods().current();
    return new ChartData(title(period, labels), trend(Trend.of(summary), labels), ads(summary, labels));
  }

  private static String title(Period period, ChartLabels labels) {
    String dates = period.firstDay().equals(period.lastDay())
        ? period.firstDay().toString()
        : period.firstDay() + " – " + period.lastDay();
    return labels.clicks() + " · " + labels.period() + " · " + dates + " · " + labels.timezone() + " "
        + period.zone().getId();
  }

  private static TrendPanel trend(Trend trend, ChartLabels labels) {
    boolean hours = trend.unit() == Trend.Unit.HOUR;
    DateTimeFormatter day = DateTimeFormatter.ofPattern(labels.dayPattern());
    List<String> x = new ArrayList<>();
    for (Trend.Point p : trend.points()) {
      x.add(hours ? Integer.toString(p.hour()) : day.format(p.date()));
    }
    List<Long> previous = trend.previous();
    boolean knownBefore = previous.stream().anyMatch(v -> v != null);
    return new TrendPanel(hours ? labels.byHour() : labels.byDay(), trend.unit().name(), x,
        new Series(labels.current(), trend.clicks()),
        knownBefore ? new Series(labels.previous(), previous) : null);
  }

  private static AdsPanel ads(Summary summary, ChartLabels labels) {
    List<Summary.RankedAd> top = summary.topAds().subList(0, Math.min(MAX_ADS, summary.topAds().size()));
    List<String> names = new ArrayList<>();
    List<Long> clicks = new ArrayList<>();
    List<Long> conversions = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      Summary.RankedAd ad = top.get(i);
      names.add(label(i + 1, ad, labels));
      clicks.add(ad.count());
      conversions.add(ad.conversion() == null ? 0L : ad.conversion().count());
    }
    return new AdsPanel(labels.topAds(), names, new Series(labels.clicks(), clicks),
        summary.showsConversions() ? new Series(labels.conversions(), conversions) : null,
        top.isEmpty() ? labels.noClicks() : null);
  }

  /** "1. Black Friday – video 30s…": rank, then the name admins gave, else the id, else the caller's "no ad". */
  static String label(int rank, Summary.RankedAd ad, ChartLabels labels) {
    String name = ad.name() != null && !ad.name().isBlank() ? ad.name().strip()
        : ad.sourceId().isBlank() ? labels.noAd() : ad.sourceId().strip();
    String full = rank + ". " + name.replaceAll("\\s+", " ");
    if (full.codePointCount(0, full.length()) <= MAX_AD_LABEL) {
      return full;
    }
    int end = full.offsetByCodePoints(0, MAX_AD_LABEL - 1);
    return full.substring(0, end).stripTrailing() + "…";
  }
}
