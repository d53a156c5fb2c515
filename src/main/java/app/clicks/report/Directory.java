package app.clicks.report;

import java.util.HashSet;
import java.util.Set;

/**
 * What wolkvox's directory tells a report: the names of agents and routing points, the descriptions of outcome
 * codes, and the codes wolkvox flags as a hit (a conversion, unless a workspace chooses its own codes).
 *
 * @param hitCodes outcome codes flagged {@code hit = yes}, kept trimmed and upper-cased
 */
public record Directory(Names agents, Names routingPoints, Names outcomes, Set<String> hitCodes) {
  /** A directory that knows nothing: every id is shown as it is. */
  public static final Directory EMPTY = new Directory(Names.NONE, Names.NONE, Names.ofCodes(java.util.Map.of()),
      Set.of());

  /** What wolkvox writes when nobody coded the chat: not an outcome. */
  private static final Set<String> NOT_OUTCOMES = Set.of("TIMEOUTCHAT", "TIMEOUTACW");

  public Directory {
    Set<String> hits = new HashSet<>();
    for (String c : hitCodes) {
      String k = Names.key(c, true);
      if (!k.isEmpty()) {
        hits.add(k);
      }
    }
    hitCodes = Set.copyOf(hits);
  }

  /** True when wolkvox flags {@code code} as a hit (trimmed, without regard to case). */
  public boolean isHit(String code) {
    return hitCodes.contains(Names.key(code, true));
  }

  /** True when {@code code} is a real outcome: not blank, and not TIMEOUTCHAT or TIMEOUTACW. */
  public static boolean isOutcome(String code) {
    String k = Names.key(code, true);
    return !k.isEmpty() && !NOT_OUTCOMES.contains(k);
  }
}
