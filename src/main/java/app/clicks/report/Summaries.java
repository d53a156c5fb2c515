package app.clicks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Summary} from the totals of a period and its previous period: pure, no I/O.
 *
 * <p>Rankings hold only ids with clicks in the current period, count descending then id ascending; an empty
 * source_id or rp_id is ranked like any other id (renderers name it), an empty agent_id never (those clicks are
 * "without agent"). Outcomes are grouped by the trimmed cod_act; the untagged ones (empty, TIMEOUTCHAT,
 * TIMEOUTACW, in any case) make one separate line.
 */
public final class Summaries {
  /** cod_act values (trimmed, upper case) that mean nobody tagged the conversation. */
  public static final Set<String> UNTAGGED = Set.of("", "TIMEOUTCHAT", "TIMEOUTACW");

  private Summaries() {}

  /**
   * The summary of {@code current} against {@code previous}.
   *
   * @param topN how many ads, agents, routing points and outcomes to list, at least 1
   */
  public static Summary of(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data) {
    if (topN < 1) {
      throw new IllegalArgumentException("topN must be at least 1, got " + topN);
    }
    Ranking agents = Ranking.of(withAgent(current.agents()), withAgent(previous.agents()), topN);
    Ranking routingPoints = Ranking.of(current.routingPoints(), previous.routingPoints(), topN);
    Ranking outcomes = Ranking.of(outcomes(current), outcomes(previous), topN);
    List<AdCount> ads = rankedAds(current.ads());
    List<Summary.RankedAd> topAds = topAds(ads, previous.ads(), topN);
    long untagged = untagged(current);
    return new Summary(
        periods,
        topN,
        new Summary.Change(current.clicks(), previous.clicks()),
        new Summary.Change(current.chats(), previous.chats()),
        new Summary.Change(current.withoutAgent(), previous.withoutAgent()),
        topAds,
        ads.size() - topAds.size(),
        agents.top(),
        agents.more(),
        routingPoints.top(),
        routingPoints.more(),
        outcomes.top(),
        outcomes.more(),
        new Summary.Change(untagged, untagged(previous)),
        current.clicks() == 0 ? 0.0 : (double) untagged / current.clicks(),
        current.byHour(),
        data);
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

  private static List<Summary.RankedAd> topAds(List<AdCount> ranked, List<AdCount> previous, int topN) {
    Map<String, Long> before = new HashMap<>();
    for (AdCount a : previous) {
      before.merge(a.sourceId(), a.clicks(), Long::sum);
    }
    return ranked.subList(0, Math.min(topN, ranked.size())).stream()
        .map(a -> new Summary.RankedAd(a.sourceId(), a.sourceUrl(), a.sourceType(), a.mediaType(), a.clicks(),
            before.getOrDefault(a.sourceId(), 0L)))
        .toList();
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

  private static Map<String, Long> outcomes(Totals totals) {
    Map<String, Long> out = new HashMap<>();
    totals.outcomes().forEach((codAct, n) -> {
      if (!isUntagged(codAct)) {
        out.merge(codAct.trim(), n, Long::sum);
      }
    });
    return out;
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
