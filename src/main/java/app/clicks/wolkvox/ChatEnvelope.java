package app.clicks.wolkvox;

import java.util.Locale;

/**
 * The envelope of a chat_14 answer (code, error, msg) and how many records its data held; texts are never null.
 */
public record ChatEnvelope(String code, String error, String msg, long records) {

  public ChatEnvelope {
    code = clean(code);
    error = clean(error);
    msg = clean(msg);
  }

  /** True when wolkvox says the window simply has no records ("Validate dates entered"). */
  public boolean saysNoData() {
    return contains("validate dates entered");
  }

  /** True when the code is one wolkvox uses for a usable answer ("200", "0" or none). */
  public boolean codeOk() {
    return code.isEmpty() || code.equals("200") || code.equals("0");
  }

  /** True when error or msg contains {@code phrase}, ignoring case. */
  public boolean contains(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    return error.toLowerCase(Locale.ROOT).contains(p) || msg.toLowerCase(Locale.ROOT).contains(p);
  }

  /** wolkvox's own words: the error when there is one, else the message. */
  public String text() {
    return error.isEmpty() ? msg : error;
  }

  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    return t.equalsIgnoreCase("null") ? "" : t;
  }
}
