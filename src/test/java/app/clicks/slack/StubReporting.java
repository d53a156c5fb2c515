package app.clicks.slack;

import app.clicks.report.AdCount;
import app.clicks.report.Period;
import app.clicks.report.PeriodException;
import app.clicks.report.PeriodPair;
import app.clicks.report.Summary;
import app.clicks.report.Totals;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for report.Periods/Summaries until they land on main: reads "", yesterday, ayer and one date, and
 * ranks ads and agents by clicks. Replaced by the real functions once they are merged.
 */
final class StubReporting implements Reporting {

  @Override
  public PeriodPair periods(String words, Clock clock, ZoneId zone) {
    String w = words.strip().toLowerCase();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    LocalDate day;
    String label;
    if (w.isEmpty() || w.equals("yesterday") || w.equals("ayer")) {
      day = today.minusDays(1);
      label = "yesterday";
    } else if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        day = LocalDate.parse(w);
      } catch (java.time.DateTimeException e) {
        throw new PeriodException(words, "\"" + w + "\" is not a date.");
      }
      label = w;
    } else {
      throw new PeriodException(words, "I don't know the period \"" + words.strip() + "\".");
    }
    return new PeriodPair(
        new Period(label, day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone), false),
        new Period(day.minusDays(1).toString(), day.minusDays(1).atStartOfDay(zone), day.atStartOfDay(zone), false));
  }

  @Override
  public Summary summary(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data) {
    List<AdCount> ads = current.ads().stream()
        .sorted(Comparator.comparingLong(AdCount::clicks).reversed().thenComparing(AdCount::sourceId)).toList();
    Map<String, Long> prevAds = previous.ads().stream()
        .collect(java.util.stream.Collectors.toMap(AdCount::sourceId, AdCount::clicks, Long::sum));
    List<Summary.RankedAd> topAds = ads.stream().limit(topN)
        .map(a -> new Summary.RankedAd(a.sourceId(), a.sourceUrl(), a.sourceType(), a.mediaType(), a.clicks(),
            prevAds.getOrDefault(a.sourceId(), 0L)))
        .toList();
    List<Summary.Ranked> agents = ranked(current.agents(), previous.agents());
    return new Summary(periods, topN,
        new Summary.Change(current.clicks(), previous.clicks()),
        new Summary.Change(current.chats(), previous.chats()),
        new Summary.Change(current.withoutAgent(), previous.withoutAgent()),
        topAds, Math.max(0, ads.size() - topN),
        agents.stream().limit(topN).toList(), Math.max(0, agents.size() - topN),
        List.of(), 0, List.of(), 0, new Summary.Change(0, 0), 0, current.byHour(), data);
  }

  private static List<Summary.Ranked> ranked(Map<String, Long> now, Map<String, Long> before) {
    return now.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Summary.Ranked(e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), 0L)))
        .toList();
  }
}
