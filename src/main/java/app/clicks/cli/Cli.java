package app.clicks.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import app.clicks.config.MigrateConfig;
import app.clicks.config.ReportConfig;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line (picocli): `wolkvox-clicks <command>`, each command a subcommand (`report`, `migrate`). Help goes
 * to stdout with exit 0; bad arguments get one line on stderr and exit 2; failures exit 1.
 */
public final class Cli {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_ARGS = 2;

  private Cli() {}

  /**
   * Runs the command named by args[0]; returns the exit code. Never a stack trace. {@code config} reads the
   * environment when a command needs it (not for --help).
   */
  public static int run(String[] args, Supplier<ReportConfig> config, Supplier<MigrateConfig> migrateConfig,
      PrintStream out, PrintStream err) {
    return run(args, ReportCommand.forTerminal(config, out, err), MigrateCommand.forTerminal(migrateConfig, out, err),
        out, err);
  }

  /** Runs {@code args}; {@code migrate} may be null when only `report` is run (its own entry point). */
  static int run(String[] args, ReportCommand report, MigrateCommand migrate, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(Top.spec());
    line.addSubcommand("report", new CommandLine(report.spec()));
    if (migrate != null) {
      line.addSubcommand("migrate", new CommandLine(migrate.spec()));
    }
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    line.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF)); // plain text, no terminal detection
    line.setInterpolateVariables(false);
    line.setOverwrittenOptionsAllowed(true); // "--top 3 --top 10": the last wins, as before
    line.setParameterExceptionHandler((e, a) -> badArguments(e, err));
    line.setExecutionExceptionHandler(
        (e, l, r) -> {
          err.println(l.getCommandName() + ": unexpected failure (" + e.getClass().getSimpleName() + ")");
          return FAILED;
        });
    return line.execute(args);
  }

  /** One line: what is wrong and, for the command's own options, its one-line usage. */
  private static int badArguments(ParameterException e, PrintStream err) {
    CommandLine where = e.getCommandLine();
    String what = e.getCause() instanceof TypeConversionException t ? t.getMessage() : e.getMessage();
    if (where.getParent() == null && e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      err.println("Unknown command \"" + u.getUnmatched().get(0)
          + "\". Run without arguments to start the bot, or: report --help, migrate --help");
    } else if ("report".equals(where.getCommandName())) {
      err.println("report: " + what + "; usage: " + ReportCommand.USAGE);
    } else {
      err.println(where.getCommandName() + ": " + what);
    }
    return BAD_ARGS;
  }

  /** The top command: without a subcommand it only says what there is. */
  private static final class Top implements Callable<Integer> {
    private CommandSpec spec;

    static CommandSpec spec() {
      Top top = new Top();
      top.spec = CommandSpec.wrapWithoutInspection(top).name("wolkvox-clicks");
      top.spec.usageMessage()
          .autoWidth(false)
          .description("Run without arguments to start the Slack bot, or run one of the commands below.");
      top.spec.addOption(
          OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
      return top.spec;
    }

    @Override
    public Integer call() {
      spec.commandLine().getErr().println("Name a command: report (see report --help) or migrate");
      return BAD_ARGS;
    }
  }
}
