package app.clicks.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which outcome codes make a click a conversion for a workspace: the codes it chose, or, when it chose none,
 * the codes wolkvox flags as a hit ({@link Directory#hitCodes}). When neither gives a code, the workspace has no
 * conversions at all, which is not the same as having zero of them: a summary then shows none.
 *
 * @param chosen the workspace's own codes (trimmed, upper case, as {@link Names#key} makes them); empty = none
 *     chosen, wolkvox's hits apply
 */
public record ConversionCodes(Set<String> chosen) {
  /** No choice of its own: wolkvox's hits are the conversions. */
  public static final ConversionCodes WOLKVOX_HITS = new ConversionCodes(Set.of());

  public ConversionCodes {
    Set<String> keys = new HashSet<>();
    for (String code : chosen) {
      String k = Names.key(code, true);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    chosen = Set.copyOf(keys);
  }

  /** The codes a workspace chose (blank ones ignored); none means wolkvox's hits. */
  public static ConversionCodes of(Collection<String> codes) {
    return new ConversionCodes(Set.copyOf(codes));
  }

  /** True when the workspace chose its own codes. */
  public boolean isChosen() {
    return !chosen.isEmpty();
  }

  /** The codes in effect with {@code directory}: the chosen ones, or else its hits; empty when there are none. */
  public Set<String> resolve(Directory directory) {
    return isChosen() ? chosen : directory.hitCodes();
  }
}
