package app.clicks.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names of one wolkvox list (agents, routing points or outcomes), by id: ids are matched trimmed, and, for
 * outcome codes, without regard to case. A known id may have no name (wolkvox sent an empty or blank one).
 *
 * @param byKey name by matching key (see {@link #key}); "" when the id is known but has no name
 * @param ignoreCase whether ids are matched without regard to case (outcome codes)
 */
public record Names(Map<String, String> byKey, boolean ignoreCase) {
  /** No ids at all. */
  public static final Names NONE = new Names(Map.of(), false);

  public Names {
    Map<String, String> clean = new HashMap<>();
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      String k = key(e.getKey(), ignoreCase);
      if (!k.isEmpty()) {
        String name = e.getValue() == null ? "" : e.getValue().strip();
        clean.merge(k, name, (a, b) -> a.isEmpty() ? b : a);
      }
    }
    byKey = Map.copyOf(clean);
  }

  /** Agents' or routing points' names by id (null or blank names mean no name). */
  public static Names of(Map<String, String> nameById) {
    return new Names(nameById, false);
  }

  /** Outcome descriptions by code, codes matched without regard to case. */
  public static Names ofCodes(Map<String, String> descriptionByCode) {
    return new Names(descriptionByCode, true);
  }

  /** The matching key of {@code id}: trimmed, and upper-cased when case is ignored; "" for null. */
  public static String key(String id, boolean ignoreCase) {
    String k = id == null ? "" : id.strip();
    return ignoreCase ? k.toUpperCase(Locale.ROOT) : k;
  }

  /** True when the list has {@code id}, with a name or not. */
  public boolean knows(String id) {
    return byKey.containsKey(key(id, ignoreCase));
  }

  /** The name of {@code id}, or null when the list does not know it or it has no name. */
  public String name(String id) {
    String n = byKey.get(key(id, ignoreCase));
    return n == null || n.isEmpty() ? null : n;
  }

  /** How many ids the list has. */
  public int size() {
    return byKey.size();
  }
}
