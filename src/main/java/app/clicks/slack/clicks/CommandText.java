package app.clicks.slack.clicks;

import app.clicks.report.CommandWords;
import app.clicks.slack.common.SummaryBlocks;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed after /clicks, split into the words of the period, the size of the rankings ("top N") and
 * whether they asked for help: the words are read by report.CommandWords, the csv word is Slack's own.
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

  private static final String CSV = "csv";
  private static final CommandWords.Limits LIMITS = new CommandWords.Limits(DEFAULT_TOP, MAX_TOP, Integer.MAX_VALUE);

  /** Reads the text of a slash command (null or blank: yesterday, top {@value #DEFAULT_TOP}). */
  static CommandText parse(String text) {
    String t = text == null ? "" : text.strip();
    List<String> words = new ArrayList<>(List.of(t.isEmpty() ? new String[0] : t.split("\\s+")));
    boolean csv = words.removeIf(w -> w.equalsIgnoreCase(CSV));
    CommandWords read = CommandWords.parse(words, LIMITS);
    return new CommandText(read.periodWords(), read.topN(), read.help(), !read.help() && csv);
  }
}
