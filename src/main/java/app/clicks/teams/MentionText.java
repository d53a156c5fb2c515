package app.clicks.teams;

import app.clicks.report.CommandWords;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What someone wrote after @mentioning the app in Teams ({@code <at>clicks</at> yesterday top 5}), read like /clicks:
 * the mention and any HTML taken out here, then the period words, "top N" and help by report.CommandWords.
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
  /** A count after a bare "top" has at most six digits, longer is no number (help). */
  private static final CommandWords.Limits LIMITS = new CommandWords.Limits(DEFAULT_TOP, MAX_TOP, 6);

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
    CommandWords read = CommandWords.parse(words, LIMITS);
    return new MentionText(read.periodWords(), read.topN(), read.help());
  }
}
