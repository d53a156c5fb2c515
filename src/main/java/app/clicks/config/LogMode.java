package app.clicks.config;

/**
 * Which logging set-up the process wants, the bot's (the default) or a command's, said without loading logback: a
 * `report` from the demo data or a file logs nothing and should not pay for logging's classes. {@link LogSetup}
 * reads it when logback starts.
 */
public final class LogMode {
  /** null for the bot; for a command, whether it is verbose. */
  private static volatile Boolean command;

  /** Set by {@link LogSetup} once logback has configured itself: later changes are applied at once. */
  private static volatile boolean started;

  private LogMode() {}

  /**
   * For a command whose stdout is its output: diagnostics go to stderr, WARN and ERROR only, or INFO too when
   * {@code verbose}. Call it before the command does any work.
   */
  public static void commandLine(boolean verbose) {
    command = verbose;
    if (started) {
      LogSetup.reconfigureForCommand(verbose);
    }
  }

  static Boolean command() {
    return command;
  }

  static void started() {
    started = true;
  }
}
