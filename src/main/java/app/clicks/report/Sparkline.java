package app.clicks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trend as a line of Unicode block characters (▁▂▃▄▅▆▇█), with its peak named, for a text answer of any
 * channel (Slack context line, Teams, terminal): each renderer phrases it in its language, for example
 * "clicks by hour ▁▁▁▂▄▇█▆▅▄▃▂ peak 11:00 (38)".
 *
 * <p>Levels are relative to the highest bar: a bar with no click is ▁, any bar with clicks at least ▂, the highest █.
 * A trend of more than {@link #MAX_BARS} points (up to 92 days) is drawn with one bar per group of
 * {@code perBar} consecutive points (the fewest that fit), each bar the mean of its group, so that a shorter last
 * group does not look like a dip. The peak is always the single hour or day with the most clicks.
 *
 * @param bars the sparkline; empty for a trend without points
 * @param unit hours or days
 * @param perBar how many points (hours or days) each bar stands for, 1 unless the trend was compressed
 * @param peak the hour or day with the most clicks (the first of equals), or null when there was no click
 */
public record Sparkline(String bars, Trend.Unit unit, int perBar, Trend.Point peak) {
  /** The most bars a sparkline has: a month of days, one bar each. */
  public static final int MAX_BARS = 31;

  private static final char[] LEVELS = "▁▂▃▄▅▆▇█".toCharArray();

  /** The sparkline of {@code trend}. */
  public static Sparkline of(Trend trend) {
    List<Long> clicks = trend.clicks();
    int perBar = Math.max(1, (clicks.size() + MAX_BARS - 1) / MAX_BARS);
    return new Sparkline(bars(means(clicks, perBar)), trend.unit(), perBar, trend.peak().orElse(null));
  }

  /** The sparkline of a summary's trend ({@link Trend#of}). */
  public static Sparkline of(Summary summary) {
    return of(Trend.of(summary));
  }

  /** The peak, when there was a click. */
  public Optional<Trend.Point> peakPoint() {
    return Optional.ofNullable(peak);
  }

  /** In English, for logs and the terminal: "clicks by hour ▁▂█ peak 11:00 (38)" ("no clicks" without a peak). */
  public String english() {
    String head = "clicks by " + (unit == Trend.Unit.HOUR ? "hour " : "day ") + bars;
    return peak == null ? head + " no clicks" : head + " peak " + peak.label() + " (" + peak.clicks() + ")";
  }

  /** One block character per value, scaled to the highest; all ▁ when every value is 0. */
  public static String bars(List<? extends Number> values) {
    double max = 0;
    for (Number v : values) {
      max = Math.max(max, v.doubleValue());
    }
    StringBuilder out = new StringBuilder(values.size());
    for (Number v : values) {
      out.append(LEVELS[level(v.doubleValue(), max)]);
    }
    return out.toString();
  }

  /** 0 for nothing, 1..7 for something, 7 for the highest. */
  private static int level(double v, double max) {
    if (v <= 0 || max <= 0) {
      return 0;
    }
    long scaled = Math.round(v * (LEVELS.length - 1) / max);
    return (int) Math.max(1, Math.min(LEVELS.length - 1, scaled));
  }

  /** The mean of each group of {@code size} consecutive values (the last group may be shorter). */
  private static List<Double> means(List<Long> values, int size) {
    List<Double> out = new ArrayList<>((values.size() + size - 1) / size);
    for (int from = 0; from < values.size(); from += size) {
      int to = Math.min(values.size(), from + size);
      long sum = 0;
      for (int i = from; i < to; i++) {
        sum += values.get(i);
      }
      out.add((double) sum / (to - from));
    }
    return out;
  }
}
