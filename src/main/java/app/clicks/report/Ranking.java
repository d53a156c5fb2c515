package app.clicks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The top N of a count per id, each with its previous-period count: count descending, then id ascending.
 *
 * @param more how many ids with a count did not make the top N
 */
record Ranking(List<Summary.Ranked> top, int more) {

  static final Comparator<Map.Entry<String, Long>> ORDER =
      Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  static Ranking of(Map<String, Long> current, Map<String, Long> previous, int topN) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    for (Map.Entry<String, Long> e : current.entrySet()) {
      if (e.getValue() > 0) {
        entries.add(e);
      }
    }
    entries.sort(ORDER);
    List<Summary.Ranked> top = new ArrayList<>();
    for (Map.Entry<String, Long> e : entries.subList(0, Math.min(topN, entries.size()))) {
      top.add(new Summary.Ranked(e.getKey(), e.getValue(), previous.getOrDefault(e.getKey(), 0L)));
    }
    return new Ranking(List.copyOf(top), entries.size() - top.size());
  }
}
