package app.clicks.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of the `report` command.
 *
 * @param periodWords the period as typed ("last 7 days"), empty for yesterday
 * @param file the chat_14 answer to read with --from-file, or null
 */
record ReportArgs(String periodWords, String file, boolean demo, boolean json, int top) {
  static final int DEFAULT_TOP = 5;
  static final int MAX_TOP = 50;
  static final String USAGE =
      "usage: report <period> [--demo] [--top N] [--json]  |  report --from-file FILE [--top N] [--json]"
          + "  (period: yesterday, today, last 7 days, this month, 2026-11-01..2026-11-15, ayer, ontem…)";

  /** Parses the arguments after "report"; a problem throws with a one-line message. */
  static ReportArgs parse(String[] args) {
    List<String> words = new ArrayList<>();
    String file = null;
    boolean demo = false;
    boolean json = false;
    int top = DEFAULT_TOP;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--demo" -> demo = true;
        case "--json" -> json = true;
        case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
        case "--top" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--top needs a number from 1 to " + MAX_TOP);
          }
          top = parseTop(args[++i]);
        }
        case "--from-file" -> {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException("--from-file needs the path of a saved chat_14 answer");
          }
          file = args[++i];
        }
        default -> {
          if (a.startsWith("--top=")) {
            top = parseTop(a.substring("--top=".length()));
          } else if (a.startsWith("--from-file=")) {
            file = a.substring("--from-file=".length());
          } else if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
          } else {
            words.add(a);
          }
        }
      }
    }
    if (file != null && (demo || !words.isEmpty())) {
      throw new IllegalArgumentException("--from-file reads one saved answer: give no period and no --demo with it");
    }
    return new ReportArgs(String.join(" ", words).trim(), file, demo, json, top);
  }

  private static int parseTop(String s) {
    try {
      int n = Integer.parseInt(s.trim());
      if (n >= 1 && n <= MAX_TOP) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new IllegalArgumentException("--top needs a number from 1 to " + MAX_TOP + ", not \"" + s + "\"");
  }
}
