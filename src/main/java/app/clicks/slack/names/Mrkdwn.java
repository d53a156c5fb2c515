package app.clicks.slack.names;

/** Text from wolkvox made safe for Slack's mrkdwn: escaped, and links only to http(s) addresses. */
final class Mrkdwn {
  /** Longest link text shown; the link itself is whole. */
  static final int LINK_TEXT = 60;
  private static final int MAX_URL = 1500;

  private Mrkdwn() {}

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A link to {@code url} showing the address (shortened), or "" when it is not an http(s) address. */
  static String link(String url) {
    String u = url == null ? "" : url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://")) || u.length() > MAX_URL
        || u.chars().anyMatch(Character::isWhitespace)) {
      return "";
    }
    String shown = u.replaceFirst("(?i)^https?://", "");
    if (shown.length() > LINK_TEXT) {
      shown = shown.substring(0, LINK_TEXT - 1) + "…";
    }
    return "<" + escape(u).replace("|", "%7C") + "|" + escape(shown).replace("|", "¦") + ">";
  }
}
