package app.clicks.store;

import app.clicks.wolkvox.DirectoryList;
import java.util.Set;

/**
 * The ids an answer met, by list: an id the stored list does not know may make the store read that list once more
 * today. Blank ids, and the codes TIMEOUTCHAT and TIMEOUTACW, are never unknown.
 */
public record SeenIds(Set<String> agents, Set<String> routingPoints, Set<String> codes) {
  /** An answer that met no id (or that does not want an extra refresh). */
  public static final SeenIds NONE = new SeenIds(Set.of(), Set.of(), Set.of());

  public SeenIds {
    agents = Set.copyOf(agents);
    routingPoints = Set.copyOf(routingPoints);
    codes = Set.copyOf(codes);
  }

  /** The ids met of {@code list}. */
  Set<String> of(DirectoryList list) {
    return switch (list) {
      case AGENTS -> agents;
      case ROUTING_POINTS -> routingPoints;
      case ACTIVITY_CODES -> codes;
    };
  }
}
