package app.clicks.slack.clicks;

import app.clicks.slack.common.SummaryBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed after /clicks, split into the words of the period, the size of the rankings ("top N") and
 * whether they asked for help: a pure parse, the period words themselves are read by report.Periods.
 *
 * @param periodWords the text without "top N" (empty means yesterday)
 * @param topN how many ads and agents to show, 1..{@link #MAX_TOP}
 * @param help true for help, ayuda, ajuda, ? or a "top" without a usable number (help wins over csv)
 * @param csv true when the word "csv" (any case) is anywhere in the text: the clicks go to the person's DM as a CSV
 */
record CommandText(String periodWords, int topN, boolean help, boolean csv) {

  CommandText(String periodWords, int topN, boolean help) {
    this(periodWords, topN, help, false);
  }

  static final int DEFAULT_TOP = SummaryBlocks.DEFAULT_TOP;
  static final int MAX_TOP = SummaryBlocks.MAX_LINES;

  private static final Set<String> HELP = Set.of("help", "ayuda", "ajuda", "?", "-h", "--help");
  private static final String CSV = "csv";
  private static final Pattern TOP = Pattern.compile("(?i)^top(\\d*)$");

  /** Reads the text of a slash command (null or blank: yesterday, top {@value #DEFAULT_TOP}). */
  static CommandText parse(String text) {
    String t = text == null ? "" : text.strip();
    List<String> words = new ArrayList<>(List.of(t.isEmpty() ? new String[0] : t.split("\\s+")));
    boolean csv = words.removeIf(w -> w.equalsIgnoreCase(CSV));
    CommandText read = parseWords(words);
    return read.help() ? read : new CommandText(read.periodWords(), read.topN(), false, csv);
  }

  private static CommandText parseWords(List<String> words) {
    if (words.size() == 1 && HELP.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return new CommandText("", DEFAULT_TOP, true);
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
        if (i + 1 < words.size() && words.get(i + 1).matches("\\d+")) {
          digits = words.get(++i);
        } else {
          return new CommandText(String.join(" ", period), DEFAULT_TOP, true);
        }
      }
      int n = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
      if (n < 1) {
        return new CommandText(String.join(" ", period), DEFAULT_TOP, true);
      }
      topN = Math.min(n, MAX_TOP);
    }
    return new CommandText(String.join(" ", period), topN, false);
  }
}
