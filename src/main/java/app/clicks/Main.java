package app.clicks;

import app.clicks.cli.Cli;
import app.clicks.config.AppConfig;
import app.clicks.config.ConfigException;
import app.clicks.config.MigrateConfig;
import app.clicks.config.ReportConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Dispatches: starts the bot (no arguments, see {@link Application}), or runs the command line ({@link Cli}:
 * `report`, `migrate`).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      System.exit(Cli.run(args, () -> ReportConfig.from(System.getenv()), () -> MigrateConfig.from(System.getenv()),
          System.out, System.err));
    }
    int code = start(System.getenv(), System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Checks the environment and starts the bot: 0 when it runs, 1 with one message naming every problem. */
  static int start(Map<String, String> env, PrintStream err) {
    AppConfig config;
    try {
      config = AppConfig.from(env);
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return 1;
    }
    // The logger is made only now: the `report` command should not pay for logging's start-up.
    try {
      LoggerFactory.getLogger(Main.class).info("starting with {}", config);
      Application.start(config, Clock.systemUTC());
      return 0;
    } catch (Exception e) {
      LoggerFactory.getLogger(Main.class).error("the bot could not start", e);
      err.println("The bot could not start: " + e.getMessage());
      return 1;
    }
  }
}
