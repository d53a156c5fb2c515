package app.clicks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words someone typed to ask for a report (/clicks in Slack, a mention in Teams), split into the words of the
 * period, the size of the rankings ("top N") and whether they asked for help: one pure parse for every chat; the
 * period words themselves are read by {@link Periods}.
 *
 * @param periodWords the words without "top N", joined by one space ("" means yesterday)
 * @param topN how many ads and agents to show, 1..{@link Limits#maxTop}
 * @param help true for help, ayuda, ajuda, ? (alone) or a "top" without a usable number
 */
public record CommandWords(String periodWords, int topN, boolean help) {

  /**
   * How a chat reads "top N".
   *
   * @param defaultTop the size without "top N"
   * @param maxTop the cap for a larger N
   * @param maxCountDigits how many digits the word after a bare "top" may have before it is no number (help)
   */
  public record Limits(int defaultTop, int maxTop, int maxCountDigits) {}

  private static final Set<String> HELP = Set.of("help", "ayuda", "ajuda", "?", "-h", "--help");
  private static final Pattern TOP = Pattern.compile("(?i)^top(\\d*)$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** Reads words already split on white space (none: yesterday, the default top). */
  public static CommandWords parse(List<String> words, Limits limits) {
    if (words.size() == 1 && HELP.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return new CommandWords("", limits.defaultTop(), true);
    }
    int topN = limits.defaultTop();
    List<String> period = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Matcher m = TOP.matcher(words.get(i));
      if (!m.matches()) {
        period.add(words.get(i));
        continue;
      }
      String digits = m.group(1);
      if (digits.isEmpty()) {
        if (i + 1 < words.size() && isCount(words.get(i + 1), limits)) {
          digits = words.get(++i);
        } else {
          return new CommandWords(String.join(" ", period), limits.defaultTop(), true);
        }
      }
      int n = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      if (n < 1) {
        return new CommandWords(String.join(" ", period), limits.defaultTop(), true);
      }
      topN = Math.min(n, limits.maxTop());
    }
    return new CommandWords(String.join(" ", period), topN, false);
  }

  private static boolean isCount(String word, Limits limits) {
    return word.length() <= limits.maxCountDigits() && DIGITS.matcher(word).matches();
  }
}
