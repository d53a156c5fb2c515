package app.clicks;

import app.clicks.cli.ReportCommand;
import app.clicks.config.AppConfig;
import app.clicks.config.ConfigException;
import app.clicks.settings.SettingsStore;
import app.clicks.slack.HealthCheck;
import app.clicks.slack.Reporting;
import app.clicks.slack.SlackBot;
import app.clicks.store.ClickReader;
import com.slack.api.bolt.App;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the bot (no arguments), or runs the `report` command when the first argument is "report". */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("report")) {
      String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      System.exit(ReportCommand.run(rest, System.getenv(), System.out, System.err));
    }
    if (args.length > 0) {
      System.err.println("Unknown command \"" + args[0] + "\". Run without arguments to start the bot, or: report --help");
      System.exit(2);
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
    try {
      log.info("starting with {}", config);
      startBot(config);
      return 0;
    } catch (Exception e) {
      log.error("the bot could not start", e);
      err.println("The bot could not start: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Wires the bot by hand: database and store, settings, the App Home, then Slack. The store's pieces (DataSource,
   * migrations, ClickReader) are joined here by the lead when they are on main.
   */
  static void startBot(AppConfig config) throws Exception {
    throw new IllegalStateException("the store is not wired into Main yet (database, ClickReader, App Home)");
  }

  /** Starts Slack with the given parts and returns the shutdown that SIGTERM runs (tests and the lead use it). */
  public static SlackBot.Running startSlack(AppConfig config, SettingsStore settings, ClickReader reader,
      Map<String, HealthCheck> checks, List<AutoCloseable> closeAfter, Consumer<App> moreListeners, Clock clock)
      throws Exception {
    SlackBot.SlackAccess access = new SlackBot.SlackAccess(config.slackBotToken(), config.slackSigningSecret(),
        config.slackAppToken(), config.slackApiUrl(), config.port());
    return SlackBot.start(access, new SlackBot.Parts(settings, reader, Reporting.standard(), config.reportTimezone(),
        checks, closeAfter, moreListeners), clock);
  }
}
