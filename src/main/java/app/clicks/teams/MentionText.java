package app.clicks.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone wrote after @mentioning the app in Teams ({@code <at>clicks</at> yesterday top 5}), read like /clicks:
 * the mention and any HTML taken out, then the period words, "top N" and help.
 *
 * @param periodWords the words of the period ("" means yesterday)
 * @param topN how many ads and agents to list, 1..{@link #MAX_TOP}
 * @param help true for help, ayuda, ajuda, ? or a "top" without a usable number
 */
record MentionText(String periodWords, int topN, boolean help) {
  static final int DEFAULT_TOP = 5;
  static final int MAX_TOP = 15;

  private static final Pattern MENTION = Pattern.compile("(?is)<at>.*?</at>");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern TOP = Pattern.compile("(?i)^top(\\d*)$");
  private static final Set<String> HELP = Set.of("help", "ayuda", "ajuda", "?", "-h", "--help");

  /** The text of a message activity without its mentions, tags and entities, spaces collapsed. */
  static String strip(String html) {
    String s = MENTION.matcher(html == null ? "" : html).replaceAll(" ");
    s = TAG.matcher(s).replaceAll(" ");
    s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&").replace('\u00a0', ' ');
    return s.strip().replaceAll("\\s+", " ");
  }

  static MentionText parse(String html) {
    String t = strip(html);
    List<String> words = t.isEmpty() ? List.of() : List.of(t.split(" "));
    if (words.size() == 1 && HELP.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return new MentionText("", DEFAULT_TOP, true);
    }
    int topN = DEFAULT_TOP;
    List<String> period = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Matcher m = TOP.matcher(words.get(i));
      if (!m.matches()) {
        period.add(words.get(i));
        continue;
      }
      String digits = m.group(1);
      if (digits.isEmpty()) {
        if (i + 1 < words.size() && words.get(i + 1).matches("\\d{1,6}")) {
          digits = words.get(++i);
        } else {
          return new MentionText(String.join(" ", period), DEFAULT_TOP, true);
        }
      }
      int n = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      if (n < 1) {
        return new MentionText(String.join(" ", period), DEFAULT_TOP, true);
      }
      topN = Math.min(n, MAX_TOP);
    }
    return new MentionText(String.join(" ", period), topN, false);
  }
}
