package app.clicks.store;

import static app.clicks.store.Varints.string;
import static app.clicks.store.Varints.varint;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day's clicks by ad × outcome and by agent × outcome, packed into a few bytes a count for click_day_outcomes
 * (V9): a row per (ad or agent, outcome, day) cost PostgreSQL about 50 bytes, a third of a click's budget.
 *
 * <p>A part is self-contained: the outcomes it names (varint count, then each as varint length and UTF-8 bytes),
 * then for each dimension ('a' then 'g') the number of ids and each id (as a string) with its counts (varint number
 * of outcomes, then varint outcome index and varint clicks for each). A day whose pack would pass
 * {@link #PART_BYTES} is split into parts by id.
 */
final class OutcomePack {
  /** Bytes a part may reach before the next id goes into a new one: well under H2's 1 MB for a BYTEA value. */
  static final int PART_BYTES = 400_000;
  private static final String[] DIMS = {"a", "g"};

  /** Receives what a pack holds: clicks of an ad (dim a) or agent (dim g) with an outcome. */
  interface Sink {
    void add(String dim, String id, String outcome, long clicks);
  }

  private OutcomePack() {}

  /** The parts holding {@code byDim} (dim a and g: id → outcome → clicks); none when it is empty. */
  static List<byte[]> pack(Map<String, Map<String, Map<String, Long>>> byDim) {
    List<byte[]> parts = new ArrayList<>();
    Map<String, Map<String, Map<String, Long>>> part = new LinkedHashMap<>();
    int estimate = 0;
    for (String dim : DIMS) {
      for (Map.Entry<String, Map<String, Long>> e : byDim.getOrDefault(dim, Map.of()).entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        int size = e.getKey().length() * 3 + 8 + e.getValue().size() * 12;
        for (String outcome : e.getValue().keySet()) {
          size += outcome.length() * 3;
        }
        if (estimate > 0 && estimate + size > PART_BYTES) {
          parts.add(encode(part));
          part = new LinkedHashMap<>();
          estimate = 0;
        }
        part.computeIfAbsent(dim, d -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
        estimate += size;
      }
    }
    if (!part.isEmpty()) {
      parts.add(encode(part));
    }
    return parts;
  }

  private static byte[] encode(Map<String, Map<String, Map<String, Long>>> byDim) {
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    byDim.values().forEach(ids -> ids.values().forEach(
        counts -> counts.keySet().forEach(o -> outcomes.putIfAbsent(o, outcomes.size()))));
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    varint(out, outcomes.size());
    outcomes.keySet().forEach(o -> string(out, o));
    for (String dim : DIMS) {
      Map<String, Map<String, Long>> ids = byDim.getOrDefault(dim, Map.of());
      varint(out, ids.size());
      ids.forEach((id, counts) -> {
        string(out, id);
        varint(out, counts.size());
        counts.forEach((o, n) -> {
          varint(out, outcomes.get(o));
          varint(out, n);
        });
      });
    }
    return out.toByteArray();
  }

  /** Hands every count of a part to {@code sink}. */
  static void unpack(byte[] part, Sink sink) {
    Varints.Reader in = new Varints.Reader(part);
    int n = (int) in.varint();
    String[] outcomes = new String[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = in.string();
    }
    for (String dim : DIMS) {
      long ids = in.varint();
      for (long i = 0; i < ids; i++) {
        String id = in.string();
        long counts = in.varint();
        for (long j = 0; j < counts; j++) {
          String outcome = outcomes[(int) in.varint()];
          sink.add(dim, id, outcome, in.varint());
        }
      }
    }
  }

  /** The counts of parts, as dim → id → outcome → clicks (for tests and the migration). */
  static Map<String, Map<String, Map<String, Long>>> unpackAll(List<byte[]> parts) {
    Map<String, Map<String, Map<String, Long>>> out = new HashMap<>();
    for (byte[] p : parts) {
      unpack(p, (dim, id, outcome, clicks) -> out.computeIfAbsent(dim, d -> new HashMap<>())
          .computeIfAbsent(id, k -> new HashMap<>()).merge(outcome, clicks, Long::sum));
    }
    return out;
  }
}
