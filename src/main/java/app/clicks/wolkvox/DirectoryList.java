package app.clicks.wolkvox;

/** The three lists of wolkvox's directory (information.php) the bot reads. */
public enum DirectoryList {
  AGENTS("agents", "the agents list"),
  ROUTING_POINTS("routing_points", "the routing points list"),
  ACTIVITY_CODES("activity_codes", "the activity codes list");

  private final String api;
  private final String label;

  DirectoryList(String api, String label) {
    this.api = api;
    this.label = label;
  }

  /** The value of information.php's {@code api} parameter, also the list's name in the store. */
  public String api() {
    return api;
  }

  /** How messages name the list, e.g. "the agents list". */
  public String label() {
    return label;
  }

  /** True when ids of this list are matched without regard to case (activity codes). */
  public boolean ignoresCase() {
    return this == ACTIVITY_CODES;
  }

  /** The list whose {@link #api()} is {@code api}. */
  public static DirectoryList ofApi(String api) {
    for (DirectoryList l : values()) {
      if (l.api.equals(api)) {
        return l;
      }
    }
    throw new IllegalArgumentException("no directory list " + api);
  }
}
