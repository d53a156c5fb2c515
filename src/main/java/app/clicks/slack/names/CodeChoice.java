package app.clicks.slack.names;

import app.clicks.report.Directory;
import app.clicks.report.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the conversion codes modal offers (pure): the codes an admin can pick, within Slack's 100 options of a static
 * select — the codes chosen now first, then wolkvox's hits, then the codes the chats were coded with lately (most
 * used first), then the rest of the directory's codes by code — and wolkvox's hits for the note.
 *
 * @param offered codes (trimmed, upper-cased) in the order shown, at most {@link #MAX_OPTIONS}
 * @param left how many known codes did not fit
 * @param hits wolkvox's hits, by code
 * @param chosen the workspace's own codes, or empty when it uses wolkvox's hits
 */
record CodeChoice(List<String> offered, int left, List<String> hits, Optional<Set<String>> chosen,
    Directory directory) {
  /** Slack's limit of options in a static select. */
  static final int MAX_OPTIONS = 100;
  /** Longest code that can be chosen (workspace_conversion_code keeps 64). */
  static final int MAX_CODE = 64;

  /**
   * @param used codes of recent clicks, most used first (as stored: any case, untrimmed)
   */
  static CodeChoice of(Directory directory, Optional<Set<String>> chosen, List<String> used) {
    Set<String> order = new LinkedHashSet<>();
    chosen.ifPresent(c -> c.stream().sorted().forEach(order::add));
    List<String> hits = new ArrayList<>(new TreeSet<>(directory.hitCodes()));
    order.addAll(hits);
    for (String u : used) {
      if (Directory.isOutcome(u)) {
        order.add(Names.key(u, true));
      }
    }
    order.addAll(new TreeSet<>(directory.outcomes().byKey().keySet()));
    List<String> all = order.stream().filter(c -> !c.isEmpty() && c.length() <= MAX_CODE).toList();
    List<String> offered = all.subList(0, Math.min(MAX_OPTIONS, all.size()));
    return new CodeChoice(List.copyOf(offered), all.size() - offered.size(), List.copyOf(hits), chosen, directory);
  }

  /** "VENTA (Venta realizada)", or the code alone when it has no description. */
  String label(String code) {
    String d = directory.outcomes().name(code);
    return d == null ? code : code + " (" + d + ")";
  }
}
