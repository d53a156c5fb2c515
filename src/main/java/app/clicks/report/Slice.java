package app.clicks.report;

/**
 * What part of a workspace's clicks a summary covers: all of them, one routing point (its wolkvox {@code rp_id}) or
 * one ad or post (its wolkvox {@code source_id}). A digest subscription may be sliced; {@code /clicks} is not.
 */
public record Slice(Kind kind, String key) {
  /** The longest key kept (wolkvox ids are far shorter). */
  public static final int MAX_KEY = 200;

  /** What a slice keeps. */
  public enum Kind {
    ALL,
    ROUTING_POINT,
    AD
  }

  /** Every click. */
  public static final Slice ALL = new Slice(Kind.ALL, "");

  public Slice {
    if (kind == null) {
      throw new IllegalArgumentException("A slice needs a kind.");
    }
    key = key == null ? "" : key.strip();
    if (kind == Kind.ALL && !key.isEmpty()) {
      throw new IllegalArgumentException("The whole workspace's slice has no key.");
    }
    if (kind != Kind.ALL && (key.isEmpty() || key.length() > MAX_KEY)) {
      throw new IllegalArgumentException("Choose a routing point or an ad for the slice.");
    }
  }

  /** One routing point, by its wolkvox id. */
  public static Slice routingPoint(String rpId) {
    return new Slice(Kind.ROUTING_POINT, rpId);
  }

  /** One ad or post, by its wolkvox source id. */
  public static Slice ad(String sourceId) {
    return new Slice(Kind.AD, sourceId);
  }

  /** True for every click (no slice). */
  public boolean isAll() {
    return kind == Kind.ALL;
  }
}
