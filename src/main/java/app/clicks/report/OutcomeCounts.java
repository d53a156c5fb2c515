package app.clicks.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Clicks by an id (an ad's source_id or an agent_id) and outcome: what conversions by ad and by agent are counted
 * from. Outcome codes are kept as {@link Names#key} makes them for codes (trimmed, upper case), so that they match
 * the directory's and a workspace's conversion codes.
 *
 * @param byId for each id, clicks by outcome code; ids as wolkvox sent them, no zero counts
 */
public record OutcomeCounts(Map<String, Map<String, Long>> byId) {
  /** No clicks at all. */
  public static final OutcomeCounts EMPTY = new OutcomeCounts(Map.of());

  public OutcomeCounts {
    Map<String, Map<String, Long>> clean = new HashMap<>();
    byId.forEach((id, byCode) -> byCode.forEach((code, n) -> {
      if (n != null && n != 0) {
        clean.computeIfAbsent(id, k -> new HashMap<>()).merge(Names.key(code, true), n, Long::sum);
      }
    }));
    Map<String, Map<String, Long>> copy = new HashMap<>();
    clean.forEach((id, byCode) -> copy.put(id, Map.copyOf(byCode)));
    byId = Map.copyOf(copy);
  }

  /** The clicks of {@code id} whose outcome is one of {@code codes} (keys as {@link Names#key} makes them). */
  public long count(String id, Set<String> codes) {
    Map<String, Long> byCode = byId.get(id);
    if (byCode == null || codes.isEmpty()) {
      return 0;
    }
    long n = 0;
    for (Map.Entry<String, Long> e : byCode.entrySet()) {
      if (codes.contains(e.getKey())) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** For each id with at least one click whose outcome is one of {@code codes}, how many. */
  public Map<String, Long> matching(Set<String> codes) {
    Map<String, Long> out = new HashMap<>();
    for (String id : byId.keySet()) {
      long n = count(id, codes);
      if (n > 0) {
        out.put(id, n);
      }
    }
    return out;
  }
}
