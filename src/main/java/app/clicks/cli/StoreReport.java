package app.clicks.cli;

import app.clicks.config.ConfigException;
import app.clicks.context.ContextRequest;
import app.clicks.csv.ClickCsv;
import app.clicks.context.SummaryContexts;
import app.clicks.context.WorkspaceContexts;
import app.clicks.config.ReportConfig;
import app.clicks.report.PeriodPair;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.DirectoryStore;
import app.clicks.store.FetchProgress;
import app.clicks.store.Pending;
import app.clicks.store.Purpose;
import app.clicks.store.StoreException;
import app.clicks.store.StoreRuntime;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.DirectoryClient;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxClient;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import app.clicks.wolkvox.WolkvoxSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * `report <period>` against wolkvox: the server and token of the command's config (WOLKVOX_SERVER, WOLKVOX_TOKEN)
 * with the store's and client's settings; answers through the click store, so asking again costs wolkvox nothing,
 * with the server's directory read through the store too, and with --team that workspace's ad names and codes.
 * With --csv, every click of the period from the store, streamed.
 */
final class StoreReport {
  private StoreReport() {}

  static Summary summary(ReportConfig config, Clock clock, PeriodPair periods, ReportArgs args)
      throws WolkvoxException {
    return summary(config, clock, periods, args, null);
  }

  /**
   * As above; while a fetch runs, {@code progress} (when not null) is told its days and days done, each time they
   * change (checked every second).
   */
  static Summary summary(ReportConfig config, Clock clock, PeriodPair periods, ReportArgs args,
      Consumer<FetchProgress> progress) throws WolkvoxException {
    return withStore(config, clock, periods, args, progress, (runtime, connection, t, context) ->
        Summaries.of(periods, t.current(), t.previous(), args.top(),
            new Summary.DataNote(t.fetchedAt(), t.storeOnly(), t.source()), context));
  }

  /**
   * Every click of the current period as CSV on {@code out} (report.ClickCsv, the Slack CSV's columns), streamed
   * from the store after the period's missing days are fetched as for a report (Purpose.INTERACTIVE's budget), with
   * the names and conversion codes the report would use; the rows written.
   */
  static long csv(ReportConfig config, Clock clock, PeriodPair periods, ReportArgs args, OutputStream out,
      Consumer<FetchProgress> progress) throws WolkvoxException {
    return withStore(config, clock, periods, args, progress, (runtime, connection, t, context) -> {
      try {
        ClickCsv csv = ClickCsv.to(out, periods.current().zone(), context);
        runtime.store().export().each(connection.serverId(), periods.current(), csv);
        csv.flush();
        return csv.rows();
      } catch (IOException | UncheckedIOException e) {
        throw new ReportCommand.ReportFailure("cannot write the CSV: " + e.getMessage());
      }
    });
  }

  /** What a store report does once the periods are synced and the context is read. */
  private interface StoreWork<T> {
    T apply(StoreRuntime runtime, WolkvoxConnection connection, StoredTotals totals, SummaryContext context)
        throws WolkvoxException;
  }

  /** Opens the store, syncs the periods (as an answer would), reads the context, and hands them to {@code work}. */
  private static <T> T withStore(ReportConfig config, Clock clock, PeriodPair periods, ReportArgs args,
      Consumer<FetchProgress> progress, StoreWork<T> work) throws WolkvoxException {
    WolkvoxConnection connection;
    try {
      connection = config.connection();
    } catch (ConfigException e) {
      throw new ReportCommand.ReportFailure(
          String.join("; ", e.problems()) + ". Or try the built-in demo data: report yesterday --demo");
    }
    WolkvoxSettings client = config.wolkvox();
    StoreRuntime runtime;
    try {
      runtime = StoreRuntime.open(config.database(), config.store(),
          gate -> new WolkvoxClient(client, WolkvoxClient.httpClient(client), gate, Sleeper.SYSTEM), clock);
    } catch (StoreException e) {
      throw new ReportCommand.ReportFailure("the click store cannot be opened: " + e.getMessage());
    }
    try (runtime) {
      Pending pending = runtime.store().start(connection, periods, Purpose.INTERACTIVE);
      waitFor(pending, progress);
      StoredTotals t = runtime.store().finish(pending);
      SummaryContext context = context(config, clock, runtime, args)
          .of(new ContextRequest(args.team() == null ? null : new WorkspaceKey("", args.team()), connection,
              Purpose.INTERACTIVE, t));
      context = new SummaryContext(context.directory(), context.adNames(),
          ReportCommand.codes(args, context.conversionCodes()));
      return work.apply(runtime, connection, t, context);
    } catch (StoreException e) {
      throw new ReportCommand.ReportFailure("the click store failed: " + e.getMessage());
    }
  }

  /**
   * The directory of the server through the store (read from wolkvox once a day, counted like the clicks), and,
   * with --team, that workspace's ad names and conversion codes from the database.
   */
  private static SummaryContexts context(ReportConfig config, Clock clock, StoreRuntime runtime, ReportArgs args) {
    WolkvoxSettings client = config.wolkvox();
    DataSource db = runtime.database().dataSource();
    DirectoryStore directory = new DirectoryStore(db, new DirectoryClient(client, WolkvoxClient.httpClient(client),
        runtime.gate(), Sleeper.SYSTEM), config.store(), clock);
    return new WorkspaceContexts(directory, new JdbcWorkspaceChoices(db), Map.of());
  }

  private static void waitFor(Pending pending, Consumer<FetchProgress> progress) {
    FetchProgress told = null;
    while (true) {
      try {
        pending.synced().get(1, TimeUnit.SECONDS);
        return;
      } catch (TimeoutException e) {
        FetchProgress now = pending.progress();
        if (progress != null && now.days() > 0 && !now.equals(told)) {
          progress.accept(now);
          told = now;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReportCommand.ReportFailure("interrupted while fetching from wolkvox");
      } catch (ExecutionException e) {
        return;
      }
    }
  }
}
