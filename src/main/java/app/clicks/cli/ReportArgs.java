package app.clicks.cli;

import java.util.List;

/**
 * The arguments of one `report` run, as picocli read them from the command line.
 *
 * @param periodWords the period as typed ("last 7 days"), empty for yesterday
 * @param file the chat_14 answer to read with --from-file, or null
 * @param conversions the conversion codes of --conversions (trimmed, none blank), or null to use the workspace's
 *     or wolkvox's
 * @param team the Slack team id of --team whose ad names and conversion codes apply, or null for wolkvox's only
 * @param csv every click of the period as CSV instead of the summary
 */
record ReportArgs(String periodWords, String file, boolean demo, boolean json, int top, List<String> conversions,
    String team, boolean csv) {
  static final int DEFAULT_TOP = 5;
  static final int MAX_TOP = 50;
}
