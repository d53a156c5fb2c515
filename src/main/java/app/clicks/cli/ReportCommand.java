package app.clicks.cli;

import app.clicks.config.ConfigException;
import app.clicks.config.LogMode;
import app.clicks.config.ReportConfig;
import app.clicks.csv.ClickCsv;
import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.Period;
import app.clicks.report.PeriodException;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.report.Totals;
import app.clicks.store.FetchProgress;
import app.clicks.wolkvox.ChatClickParser;
import app.clicks.wolkvox.ChatEnvelope;
import app.clicks.wolkvox.ChatParseException;
import app.clicks.wolkvox.DemoClickSource;
import app.clicks.wolkvox.DemoDirectorySource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The `report` command: the summary of a period in a terminal, as text or JSON (or its clicks as CSV), from wolkvox through the click
 * store, from the built-in demo data, or from a chat_14 answer saved to a file. A picocli subcommand of {@link Cli},
 * declared through picocli's programmatic API: no annotations to reflect on at every start.
 */
public final class ReportCommand implements Callable<Integer> {
  static final String USAGE =
      "report <period> [--demo] [--top N] [--json | --csv] [--conversions CODE,CODE] [--team T…] [--verbose]"
          + "  |  report --from-file FILE [--top N] [--json] [--conversions CODE,CODE]"
          + "  (period: yesterday, today, last 7 days, this month, 2026-11-01..2026-11-15, ayer, ontem…)";

  private static final String DEMO = "--demo";
  private static final String FROM_FILE = "--from-file";
  private static final String TOP = "--top";
  private static final String JSON = "--json";
  private static final String CSV = "--csv";
  private static final String VERBOSE = "--verbose";
  private static final String CONVERSIONS = "--conversions";
  private static final String TEAM = "--team";

  /** Where diagnostics go for this run; set before any work. */
  interface Diagnostics {
    /** Diagnostics to stderr: WARN and ERROR only, or INFO too when verbose. */
    void toStderr(boolean verbose);
  }

  private final CommandSpec spec;
  private final Supplier<ReportConfig> config;
  private final Clock clock;
  private final PrintStream out;
  private final PrintStream err;
  private final Diagnostics diagnostics;
  /** Told of each summary before it is printed (tests look at what the renderers are given). */
  private Consumer<Summary> rendering = summary -> {};
  /** Told the progress of a long fetch: on stderr when stderr is a terminal, else nowhere. */
  private Consumer<FetchProgress> progress;

  ReportCommand(Supplier<ReportConfig> config, Clock clock, PrintStream out, PrintStream err,
      Diagnostics diagnostics) {
    this.config = config;
    this.clock = clock;
    this.out = out;
    this.err = err;
    this.diagnostics = diagnostics;
    this.spec = spec(this);
  }

  /** The command's name, options and help. */
  private static CommandSpec spec(ReportCommand command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("report");
    spec.usageMessage()
        .autoWidth(false)
        .sortOptions(false)
        .description(
            "The summary of a period: from wolkvox through the click store, from the built-in demo data (--demo),"
                + " or from a saved chat_14 answer (--from-file).",
            "Exit codes: 0 done, 1 a failure (one line on stderr), 2 bad arguments (one line of usage).");
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("<period>")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(
                "yesterday (no words), today, last N days, last N hours, this week, last week, this month,"
                    + " last month, a day 2026-11-20, a range 2026-11-01..2026-11-15;",
                "in Spanish (ayer, últimos 7 días…) or Portuguese (ontem, últimos 7 dias…).")
            .build());
    spec.addOption(flag(DEMO, "The built-in demo data: no network, no settings."));
    spec.addOption(
        OptionSpec.builder(FROM_FILE)
            .paramLabel("FILE")
            .type(String.class)
            .description("Summarise a saved chat_14 answer instead (no period, no --demo).")
            .build());
    spec.addOption(
        OptionSpec.builder(TOP)
            .paramLabel("N")
            .type(Integer.class)
            .converters(new TopConverter())
            .description("How many ads, agents, routing points and outcomes to list, 1 to 50 (default 5).")
            .build());
    spec.addOption(flag(JSON, "One JSON object (fields in the README) instead of text."));
    spec.addOption(flag(CSV, "Every click of the period as CSV (the Slack CSV's columns) instead of the summary."));
    spec.addOption(
        OptionSpec.builder(CONVERSIONS)
            .paramLabel("CODE,CODE")
            .type(String.class)
            .description("Count these outcome codes (cod_act) as conversions, instead of the workspace's choice or"
                + " the codes wolkvox flags as a hit.")
            .build());
    spec.addOption(
        OptionSpec.builder(TEAM)
            .paramLabel("T…")
            .type(String.class)
            .converters(new TeamConverter())
            .description("Use the ad names and conversion codes this Slack workspace (team id) chose, from the"
                + " database. Without it: wolkvox's names and hits only.")
            .build());
    spec.addOption(flag(VERBOSE, "Diagnostics at INFO on stderr too (by default only warnings and errors)."));
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
    return spec;
  }

  private static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).description(description).build();
  }

  /** Tells {@code seen} of each summary this command prints, before it is rendered (for tests). */
  ReportCommand observing(Consumer<Summary> seen) {
    this.rendering = seen;
    return this;
  }

  /** This command as picocli runs it. */
  CommandSpec spec() {
    return spec;
  }

  /** For tests: logging left as it is. */
  ReportCommand(Supplier<ReportConfig> config, Clock clock, PrintStream out, PrintStream err) {
    this(config, clock, out, err, verbose -> {});
  }

  /** The command as a terminal runs it: the system clock, and diagnostics through the logging set-up. */
  static ReportCommand forTerminal(Supplier<ReportConfig> config, PrintStream out, PrintStream err) {
    ReportCommand c = new ReportCommand(config, Clock.systemUTC(), out, err, LogMode::commandLine);
    if (System.console() != null) {
      c.progress = p -> err.println("report: fetching " + p.days() + " days from wolkvox: " + p.done() + " done");
    }
    return c;
  }

  /**
   * Runs `report` with the arguments after the word "report" and returns its exit code: 0 done, 1 failure, 2 bad
   * arguments. Never a stack trace.
   */
  public static int run(String[] args, Supplier<ReportConfig> config, PrintStream out, PrintStream err) {
    return Cli.run(withName(args), forTerminal(config, out, err), null, out, err);
  }

  /** Runs this command with the arguments after "report" (tests). */
  int run(String[] args) {
    return Cli.run(withName(args), this, null, out, err);
  }

  private static String[] withName(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  @Override
  public Integer call() {
    ParseResult given = spec.commandLine().getParseResult();
    List<String> words = given.matchedPositionalValue(0, List.of());
    String file = given.matchedOptionValue(FROM_FILE, null);
    boolean demo = given.hasMatchedOption(DEMO);
    if (file != null && (demo || !words.isEmpty())) {
      throw new ParameterException(
          spec.commandLine(), "--from-file reads one saved answer: give no period and no --demo with it");
    }
    boolean csv = given.hasMatchedOption(CSV);
    if (csv && given.hasMatchedOption(JSON)) {
      throw new ParameterException(spec.commandLine(), "--csv prints clicks, --json a summary: give one of them");
    }
    if (csv && file != null) {
      throw new ParameterException(spec.commandLine(),
          "--csv prints the stored clicks of a period: not with --from-file");
    }
    String team = given.matchedOptionValue(TEAM, null);
    if (team != null && (demo || file != null)) {
      throw new ParameterException(spec.commandLine(),
          "--team reads a workspace's choices from the database: not with --demo or --from-file");
    }
    List<String> conversions = conversions(given.matchedOptionValue(CONVERSIONS, null));
    diagnostics.toStderr(given.hasMatchedOption(VERBOSE));
    return report(new ReportArgs(String.join(" ", words).trim(), file, demo, given.hasMatchedOption(JSON),
        given.matchedOptionValue(TOP, ReportArgs.DEFAULT_TOP), conversions, team, csv));
  }

  /** --conversions CODE,CODE: the codes, trimmed; null when not given; at least one when given. */
  private List<String> conversions(String given) {
    if (given == null) {
      return null;
    }
    List<String> codes = Arrays.stream(given.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (codes.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--conversions needs at least one outcome code, for example --conversions VENTA,CITA");
    }
    return codes;
  }

  private int report(ReportArgs a) {
    ReportConfig settings;
    try {
      settings = config.get();
    } catch (ConfigException e) {
      err.println("report: " + String.join(" ", e.problems()));
      return Cli.FAILED;
    }
    ZoneId zone = settings.zone();
    try {
      Summary summary;
      if (a.file() != null) {
        summary = fromFile(Path.of(a.file()), zone, a);
        if (summary == null) {
          return Cli.OK;
        }
      } else {
        PeriodPair periods;
        try {
          periods = Periods.parse(a.periodWords(), clock, zone);
        } catch (PeriodException e) {
          err.println("report: " + e.getMessage());
          return Cli.BAD_ARGS;
        }
        boolean demo = a.demo() || settings.demo();
        if (demo && a.team() != null) {
          err.println("report: --team reads a workspace's choices from the database: not with the demo data"
              + " (WOLKVOX_DEMO)");
          return Cli.BAD_ARGS;
        }
        if (a.csv()) {
          long rows = demo ? demoCsv(periods, zone, a) : StoreReport.csv(settings, clock, periods, a, out, progress);
          if (rows + 1 > ClickCsv.SPREADSHEET_MAX_ROWS) {
            err.println("report: " + rows + " clicks: more rows than a spreadsheet opens ("
                + ClickCsv.SPREADSHEET_MAX_ROWS + "); ask for a shorter period to open it in one.");
          }
          return Cli.OK;
        }
        summary = demo ? fromDemo(periods, zone, a) : StoreReport.summary(settings, clock, periods, a, progress);
      }
      rendering.accept(summary);
      out.print(a.json() ? SummaryJson.render(summary) : SummaryText.render(summary));
      out.flush();
      return Cli.OK;
    } catch (ReportFailure e) {
      err.println("report: " + e.getMessage());
      return Cli.FAILED;
    } catch (WolkvoxException e) {
      err.println("report: wolkvox: " + e.getMessage());
      return Cli.FAILED;
    } catch (RuntimeException e) {
      err.println("report: unexpected failure (" + e.getClass().getSimpleName() + "); nothing was printed.");
      return Cli.FAILED;
    } catch (OutOfMemoryError e) {
      // Memory grows with the distinct chats, ads and agents, not with the records: only a tiny heap gets here.
      err.println("report: out of memory counting distinct chats, ads and agents; run java with a larger -Xmx"
          + " (for example -Xmx256m).");
      return Cli.FAILED;
    }
  }

  /** --top: a whole number from 1 to 50. */
  static final class TopConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      try {
        int n = Integer.parseInt(s.trim());
        if (n >= 1 && n <= ReportArgs.MAX_TOP) {
          return n;
        }
      } catch (NumberFormatException e) {
        // falls through to the message
      }
      throw new TypeConversionException(
          "--top needs a number from 1 to " + ReportArgs.MAX_TOP + ", not \"" + s + "\"");
    }
  }

  /** --team: a Slack team id, letters and digits. */
  static final class TeamConverter implements ITypeConverter<String> {
    @Override
    public String convert(String s) {
      String team = s.strip();
      if (team.matches("[A-Za-z0-9]{2,40}")) {
        return team;
      }
      throw new TypeConversionException("--team needs a Slack team id (letters and digits, e.g. T0123ABCD), not \""
          + s + "\"");
    }
  }

  /** The codes of --conversions when given, else {@code otherwise}. */
  static ConversionCodes codes(ReportArgs a, ConversionCodes otherwise) {
    return a.conversions() == null ? otherwise : ConversionCodes.of(a.conversions());
  }

  /** The demo data with the demo directory and ad names: names and conversions with no network. */
  private Summary fromDemo(PeriodPair periods, ZoneId zone, ReportArgs a) throws WolkvoxException {
    int top = a.top();
    PeriodTally tally = new PeriodTally(periods);
    // One window from the start of the previous period to the end of the current one (end inclusive, to the second).
    Window both = new Window(periods.previous().start().toLocalDateTime(),
        periods.current().end().minusSeconds(1).toLocalDateTime());
    new DemoClickSource(clock).fetch(new WolkvoxConnection("demo", "", zone), both, tally);
    return Summaries.of(
        periods,
        tally.current().toTotals(),
        tally.previous().toTotals(),
        top,
        new Summary.DataNote(clock.instant(), false, DemoClickSource.NAME),
        demoContext(a));
  }

  /** The demo context: the demo directory and ad names, the demo codes or those of --conversions. */
  private static SummaryContext demoContext(ReportArgs a) {
    return new SummaryContext(DemoDirectorySource.directory(), Names.of(DemoDirectorySource.AD_NAMES),
        codes(a, ConversionCodes.WOLKVOX_HITS));
  }

  /**
   * Every demo click of the current period as CSV on stdout, in time order (the demo data is small: a day's few
   * hundred clicks, sorted in memory); the rows written.
   */
  private long demoCsv(PeriodPair periods, ZoneId zone, ReportArgs a) throws WolkvoxException {
    Period current = periods.current();
    List<ClickRecord> records = new ArrayList<>();
    Window window = new Window(current.start().toLocalDateTime(), current.end().minusSeconds(1).toLocalDateTime());
    new DemoClickSource(clock).fetch(new WolkvoxConnection("demo", "", zone), window, w -> new WindowReceiver.Batch() {
      @Override
      public void accept(ClickRecord r) {
        if (r.date() != null && current.contains(r.date())) {
          records.add(r);
        }
      }

      @Override
      public void commit() {}

      @Override
      public void discard() {}
    });
    records.sort(Comparator.comparing(ClickRecord::date).thenComparing(ClickRecord::chatId));
    try {
      ClickCsv csv = ClickCsv.to(out, zone, demoContext(a));
      records.forEach(csv);
      csv.flush();
      return csv.rows();
    } catch (IOException e) {
      throw new ReportFailure("cannot write the CSV: " + e.getMessage());
    }
  }

  /**
   * Summarises a saved chat_14 answer; null (after saying so) when it holds no records. It has no directory: ids
   * only, and conversions only for the codes of --conversions.
   */
  private Summary fromFile(Path file, ZoneId zone, ReportArgs a) {
    int top = a.top();
    ClickTally tally = ClickTally.countingDays(zone);
    Instant[] span = new Instant[2];
    ChatEnvelope envelope;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      envelope =
          ChatClickParser.parse(
              in,
              zone,
              r -> {
                tally.accept(r);
                if (r.date() != null) {
                  if (span[0] == null || r.date().isBefore(span[0])) {
                    span[0] = r.date();
                  }
                  if (span[1] == null || r.date().isAfter(span[1])) {
                    span[1] = r.date();
                  }
                }
              });
    } catch (NoSuchFileException e) {
      throw new ReportFailure("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new ReportFailure("cannot read " + file + ": " + e.getMessage());
    } catch (ChatParseException e) {
      throw new ReportFailure(file + " is not a chat_14 answer wolkvox would send: " + e.getMessage());
    }
    if (!envelope.codeOk() && !envelope.saysNoData()) {
      throw new ReportFailure(
          file + " holds a wolkvox error, not records: code " + envelope.code() + ", " + envelope.text());
    }
    Totals totals = tally.toTotals();
    if (totals.clicks() == 0) {
      out.println("No click records in " + file + (envelope.text().isEmpty() ? "" : " (wolkvox said: " + envelope.text() + ")") + ".");
      return null;
    }
    Period period = filePeriod(span, zone, totals, file);
    Duration length = period.length();
    Period before =
        new Period("previous", period.start().minus(length), period.start(), false);
    return Summaries.of(new PeriodPair(period, before), totals, Totals.EMPTY, top, Summary.DataNote.file(),
        new SummaryContext(Directory.EMPTY, Names.NONE, codes(a, ConversionCodes.NONE)));
  }

  private Period filePeriod(Instant[] span, ZoneId zone, Totals totals, Path file) {
    if (span[0] == null) {
      throw new ReportFailure(
          file + " holds " + totals.clicks() + " records but none has a date that can be read; nothing to place in time");
    }
    ZonedDateTime start = span[0].atZone(zone).toLocalDate().atStartOfDay(zone);
    ZonedDateTime end = span[1].atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
    String label =
        start.toLocalDate().equals(end.toLocalDate().minusDays(1))
            ? start.toLocalDate().toString()
            : start.toLocalDate() + ".." + end.toLocalDate().minusDays(1);
    return new Period(label, start, end, false);
  }

  /** A failure of the command, with its one-line message. */
  static final class ReportFailure extends RuntimeException {
    ReportFailure(String message) {
      super(message);
    }
  }
}
