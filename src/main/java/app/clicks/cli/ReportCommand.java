package app.clicks.cli;

import java.io.PrintStream;
import java.util.Map;

/** The `report` command: the summary of a period in a terminal, as text or JSON. */
public final class ReportCommand {
  private ReportCommand() {}

  /** Runs the command and returns its exit code: 0 done, 1 failure, 2 bad arguments. */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    err.println("report: not implemented yet");
    return 1;
  }
}
