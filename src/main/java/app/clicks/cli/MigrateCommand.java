package app.clicks.cli;

import app.clicks.config.ConfigException;
import app.clicks.config.LogMode;
import app.clicks.config.MigrateConfig;
import app.clicks.store.Migrations;
import app.clicks.store.StoreException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The `migrate` command: brings the configured database's schema up to date (Flyway) and says what it applied in
 * one line; a failure is one line on stderr and exit 1. Heroku's release phase runs it before the new web dynos
 * start, so a long data migration never delays a dyno's binding of its port.
 */
final class MigrateCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final Supplier<MigrateConfig> config;
  private final PrintStream out;
  private final PrintStream err;
  private final Runnable quietLogs;

  MigrateCommand(Supplier<MigrateConfig> config, PrintStream out, PrintStream err, Runnable quietLogs) {
    this.config = config;
    this.out = out;
    this.err = err;
    this.quietLogs = quietLogs;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("migrate");
    spec.usageMessage()
        .autoWidth(false)
        .description(
            "Applies the database migrations not yet applied to DATABASE_URL (PostgreSQL), or to the H2 database"
                + " under DATA_DIR, and says what it applied in one line. Heroku runs it in the release phase.",
            "Exit codes: 0 done (also when there was nothing to apply), 1 a failure (one line on stderr).");
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
  }

  /** The command as a terminal runs it: diagnostics through the logging set-up, warnings only. */
  static MigrateCommand forTerminal(Supplier<MigrateConfig> config, PrintStream out, PrintStream err) {
    return new MigrateCommand(config, out, err, () -> LogMode.commandLine(false));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    MigrateConfig settings;
    try {
      settings = config.get();
    } catch (ConfigException e) {
      err.println("migrate: " + String.join(" ", e.problems()));
      return Cli.FAILED;
    }
    quietLogs.run();
    try {
      out.println(Migrations.migrate(settings.database()).describe());
      out.flush();
      return Cli.OK;
    } catch (StoreException e) {
      err.println("migrate: " + e.getMessage());
      return Cli.FAILED;
    }
  }
}
