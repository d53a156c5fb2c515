package app.clicks.cli;

/**
 * The arguments of one `report` run, as picocli read them from the command line.
 *
 * @param periodWords the period as typed ("last 7 days"), empty for yesterday
 * @param file the chat_14 answer to read with --from-file, or null
 */
record ReportArgs(String periodWords, String file, boolean demo, boolean json, int top) {
  static final int DEFAULT_TOP = 5;
  static final int MAX_TOP = 50;
}
