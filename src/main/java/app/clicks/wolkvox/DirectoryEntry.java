package app.clicks.wolkvox;

/** One row of a directory list: an id (trimmed, never blank) and its name (null when wolkvox gave none). */
public sealed interface DirectoryEntry permits Agent, RoutingPoint, ActivityCode {

  String id();

  /** The name a person reads, or null: an empty or blank name is no name. */
  String name();

  /** {@code s} trimmed, or null when it is null, empty or blank. */
  static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code s} trimmed, "" for null. */
  static String id(String s) {
    return s == null ? "" : s.strip();
  }
}
