package app.clicks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a {@link Summary} from the totals of a period and its previous period: pure, no I/O.
 *
 * <p>Rankings hold only ids with clicks in the current period, count descending then id ascending; an empty
 * source_id or rp_id is ranked like any other id (renderers name it), an empty agent_id never (those clicks are
 * "without agent"). Outcomes are grouped by the trimmed cod_act without regard to case (as conversion codes match),
 * each shown as its most frequent spelling; the untagged ones (empty, TIMEOUTCHAT,
 * TIMEOUTACW, in any case) make one separate line.
 *
 * <p>With a {@link SummaryContext}, agents, routing points and outcomes carry their names from wolkvox's directory,
 * ads the names admins gave them, and, when the workspace has conversion codes, the totals, each top ad and agent
 * carry their conversions and conversion rate, and ads are ranked by conversions too.
 */
public final class Summaries {
  /** cod_act values (trimmed, upper case) that mean nobody tagged the conversation. */
  public static final Set<String> UNTAGGED = Set.of("", "TIMEOUTCHAT", "TIMEOUTACW");

  private Summaries() {}

  /**
   * The summary of {@code current} against {@code previous}, with ids only and no conversions.
   *
   * @param topN how many ads, agents, routing points and outcomes to list, at least 1
   */
  public static Summary of(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data) {
    return of(periods, current, previous, topN, data, SummaryContext.NONE);
  }

  /**
   * The summary of {@code current} against {@code previous}, with the names and conversion codes of
   * {@code context}.
   *
   * @param topN how many ads, agents, routing points and outcomes (and ads by conversions) to list, at least 1
   */
  public static Summary of(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data,
      SummaryContext context) {
    if (topN < 1) {
      throw new IllegalArgumentException("topN must be at least 1, got " + topN);
    }
    Directory directory = context.directory();
    Set<String> codes = context.conversionCodes().resolve(directory);
    Conversions conv = codes.isEmpty() ? null : new Conversions(codes, current, previous);
    Ranking agents = Ranking.of(withAgent(current.agents()), withAgent(previous.agents()), topN);
    Ranking routingPoints = Ranking.of(current.routingPoints(), previous.routingPoints(), topN);
    Ranking outcomes = Ranking.of(outcomes(current), outcomes(previous), topN);
    List<AdCount> ads = rankedAds(current.ads());
    Map<String, Long> adsBefore = adClicks(previous.ads());
    AdLines adLines = new AdLines(adsBefore, context.adNames(), conv);
    List<Summary.RankedAd> topAds = adLines.of(ads.subList(0, Math.min(topN, ads.size())));
    List<Summary.RankedAd> topByConversions = List.of();
    int moreByConversions = 0;
    if (conv != null) {
      List<AdCount> sold = conv.rankAds(ads);
      topByConversions = adLines.of(sold.subList(0, Math.min(topN, sold.size())));
      moreByConversions = sold.size() - topByConversions.size();
    }
    long untagged = untagged(current);
    return new Summary(
        periods,
        topN,
        new Summary.Change(current.clicks(), previous.clicks()),
        new Summary.Change(current.chats(), previous.chats()),
        new Summary.Change(current.withoutAgent(), previous.withoutAgent()),
        topAds,
        ads.size() - topAds.size(),
        named(agents.top(), directory.agents(), conv == null ? null : conv::ofAgent),
        agents.more(),
        named(routingPoints.top(), directory.routingPoints(), null),
        routingPoints.more(),
        named(spelled(outcomes.top(), current), directory.outcomes(), null),
        outcomes.more(),
        new Summary.Change(untagged, untagged(previous)),
        current.clicks() == 0 ? 0.0 : (double) untagged / current.clicks(),
        current.byHour(),
        data,
        codes,
        conv == null ? null : new Summary.Change(conv.current, conv.previous),
        conv == null ? null : Summary.RateChange.of(conv.current, current.clicks(), conv.previous, previous.clicks()),
        topByConversions,
        moreByConversions,
        previous.byHour(),
        days(periods.current(), current),
        days(periods.previous(), previous));
  }

  /** Clicks for each day of {@code period} (zero where none), or none when the totals were not counted by day. */
  static List<DayCount> days(Period period, Totals totals) {
    if (!totals.countedByDay()) {
      return List.of();
    }
    List<DayCount> out = new ArrayList<>();
    for (java.time.LocalDate day : period.days()) {
      out.add(new DayCount(day, totals.byDay().getOrDefault(day, 0L)));
    }
    return out;
  }

  /** True when a cod_act means the conversation was not tagged. */
  public static boolean isUntagged(String codAct) {
    return codAct == null || UNTAGGED.contains(codAct.trim().toUpperCase(Locale.ROOT));
  }

  /** One entry per source_id with clicks, count descending then id ascending. */
  private static List<AdCount> rankedAds(List<AdCount> current) {
    Map<String, AdCount> byId = new HashMap<>();
    for (AdCount a : current) {
      byId.merge(a.sourceId(), a, Summaries::sameAd);
    }
    List<AdCount> ranked = new ArrayList<>();
    for (AdCount a : byId.values()) {
      if (a.clicks() > 0) {
        ranked.add(a);
      }
    }
    ranked.sort(Comparator.comparingLong(AdCount::clicks).reversed().thenComparing(AdCount::sourceId));
    return ranked;
  }

  private static Map<String, Long> adClicks(List<AdCount> ads) {
    Map<String, Long> out = new HashMap<>();
    for (AdCount a : ads) {
      out.merge(a.sourceId(), a.clicks(), Long::sum);
    }
    return out;
  }

  /** Lines of a ranking with their names, and their conversions when {@code conversion} is given. */
  private static List<Summary.Ranked> named(List<Summary.Ranked> top, Names names,
      Function<Summary.Ranked, Summary.Conversion> conversion) {
    return top.stream()
        .map(r -> new Summary.Ranked(r.id(), names.name(r.id()), r.count(), r.previousCount(),
            conversion == null ? null : conversion.apply(r)))
        .toList();
  }

  /** Makes the lines of ad rankings: previous clicks, the name admins gave, conversions when there are codes. */
  private record AdLines(Map<String, Long> before, Names names, Conversions conv) {
    List<Summary.RankedAd> of(List<AdCount> ads) {
      return ads.stream()
          .map(a -> {
            long previous = before.getOrDefault(a.sourceId(), 0L);
            return new Summary.RankedAd(a.sourceId(), names.name(a.sourceId()), a.sourceUrl(), a.sourceType(),
                a.mediaType(), a.clicks(), previous, conv == null ? null : conv.ofAd(a.sourceId(), a.clicks(),
                    previous));
          })
          .toList();
    }
  }

  /** Conversions of a period pair for a set of codes: the totals', and those of one ad or agent. */
  private static final class Conversions {
    final Set<String> codes;
    final Totals currentTotals;
    final Totals previousTotals;
    final long current;
    final long previous;

    Conversions(Set<String> codes, Totals current, Totals previous) {
      this.codes = codes;
      this.currentTotals = current;
      this.previousTotals = previous;
      this.current = total(current);
      this.previous = total(previous);
    }

    /** Conversions of a period: its clicks whose outcome is a conversion code. */
    private long total(Totals totals) {
      long n = 0;
      for (Map.Entry<String, Long> e : totals.outcomes().entrySet()) {
        if (codes.contains(Names.key(e.getKey(), true))) {
          n += e.getValue();
        }
      }
      return n;
    }

    Summary.Conversion ofAd(String id, long clicks, long previousClicks) {
      long now = currentTotals.adOutcomes().count(id, codes);
      long before = previousTotals.adOutcomes().count(id, codes);
      return new Summary.Conversion(now, before, Summary.RateChange.of(now, clicks, before, previousClicks));
    }

    Summary.Conversion ofAgent(Summary.Ranked agent) {
      long now = currentTotals.agentOutcomes().count(agent.id(), codes);
      long before = previousTotals.agentOutcomes().count(agent.id(), codes);
      return new Summary.Conversion(now, before,
          Summary.RateChange.of(now, agent.count(), before, agent.previousCount()));
    }

    /** The ads of {@code ranked} with a conversion, conversions descending then id ascending. */
    List<AdCount> rankAds(List<AdCount> ranked) {
      Map<String, Long> sold = currentTotals.adOutcomes().matching(codes);
      List<AdCount> out = new ArrayList<>();
      for (AdCount a : ranked) {
        if (sold.getOrDefault(a.sourceId(), 0L) > 0) {
          out.add(a);
        }
      }
      out.sort(Comparator.<AdCount>comparingLong(a -> sold.get(a.sourceId())).reversed()
          .thenComparing(AdCount::sourceId));
      return out;
    }
  }

  /** Two entries of one ad (a store that split it): clicks added, the first non-empty description kept. */
  private static AdCount sameAd(AdCount a, AdCount b) {
    return new AdCount(a.sourceId(), a.sourceUrl().isEmpty() ? b.sourceUrl() : a.sourceUrl(),
        a.sourceType().isEmpty() ? b.sourceType() : a.sourceType(),
        a.mediaType().isEmpty() ? b.mediaType() : a.mediaType(), a.clicks() + b.clicks());
  }

  private static Map<String, Long> withAgent(Map<String, Long> agents) {
    Map<String, Long> out = new HashMap<>();
    agents.forEach((id, n) -> {
      if (!id.isBlank()) {
        out.merge(id, n, Long::sum);
      }
    });
    return out;
  }

  /** Clicks by outcome code, codes grouped without regard to case as conversions match them ({@link Names#key}). */
  private static Map<String, Long> outcomes(Totals totals) {
    Map<String, Long> out = new HashMap<>();
    totals.outcomes().forEach((codAct, n) -> {
      if (!isUntagged(codAct)) {
        out.merge(Names.key(codAct, true), n, Long::sum);
      }
    });
    return out;
  }

  /**
   * The outcome lines under their code's most frequent spelling in the current period (where every ranked code has
   * clicks); on a tie, the first spelling in alphabetical order.
   */
  private static List<Summary.Ranked> spelled(List<Summary.Ranked> top, Totals current) {
    Map<String, Map<String, Long>> spellings = new HashMap<>();
    current.outcomes().forEach((codAct, n) -> spellings.computeIfAbsent(Names.key(codAct, true), k -> new HashMap<>())
        .merge(codAct.trim(), n, Long::sum));
    return top.stream()
        .map(r -> new Summary.Ranked(mostFrequent(spellings.getOrDefault(r.id(), Map.of()), r.id()), r.count(),
            r.previousCount()))
        .toList();
  }

  private static String mostFrequent(Map<String, Long> counts, String otherwise) {
    return counts.entrySet().stream().min(Ranking.ORDER).map(Map.Entry::getKey).orElse(otherwise);
  }

  private static long untagged(Totals totals) {
    long n = 0;
    for (Map.Entry<String, Long> e : totals.outcomes().entrySet()) {
      if (isUntagged(e.getKey())) {
        n += e.getValue();
      }
    }
    return n;
  }
}
