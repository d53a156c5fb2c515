package app.clicks.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which outcome codes make a click a conversion for a workspace: the codes it chose, or, when it chose none,
 * the codes wolkvox flags as a hit ({@link Directory#hitCodes}). When neither gives a code, the workspace has no
 * conversions at all, which is not the same as having zero of them: a summary then shows none.
 *
 * @param chosen the workspace's own codes (trimmed, upper case, as {@link Names#key} makes them)
 * @param own true when the workspace chose its codes (then {@code chosen} holds, even empty: no conversions);
 *     false when wolkvox's hits apply
 */
public record ConversionCodes(Set<String> chosen, boolean own) {
  /** No choice of its own: wolkvox's hits are the conversions. */
  public static final ConversionCodes WOLKVOX_HITS = new ConversionCodes(Set.of(), false);
  /** The workspace chose no code at all: it has no conversions, whatever wolkvox flags. */
  public static final ConversionCodes NONE = new ConversionCodes(Set.of(), true);

  /** Codes given without saying whose: a choice when there is a code, else wolkvox's hits. */
  public ConversionCodes(Set<String> chosen) {
    this(chosen, !cleanKeys(chosen).isEmpty());
  }

  public ConversionCodes {
    chosen = cleanKeys(chosen);
  }

  private static Set<String> cleanKeys(Set<String> chosen) {
    Set<String> keys = new HashSet<>();
    for (String code : chosen) {
      String k = Names.key(code, true);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return Set.copyOf(keys);
  }

  /** The codes a workspace chose (blank ones ignored); none means wolkvox's hits. */
  public static ConversionCodes of(Collection<String> codes) {
    return new ConversionCodes(Set.copyOf(codes));
  }

  /**
   * A workspace's choice as stored: none made (wolkvox's hits), or the codes it chose (an empty choice means no
   * conversions at all).
   */
  public static ConversionCodes ofChoice(Optional<? extends Collection<String>> choice) {
    return choice.map(codes -> new ConversionCodes(Set.copyOf(codes), true)).orElse(WOLKVOX_HITS);
  }

  /** True when the workspace chose its own codes (possibly none). */
  public boolean isChosen() {
    return own;
  }

  /** The codes in effect with {@code directory}: the chosen ones, or else its hits; empty when there are none. */
  public Set<String> resolve(Directory directory) {
    return isChosen() ? chosen : directory.hitCodes();
  }
}
