package app.clicks.slack.clicks;

import app.clicks.chart.ChartRenderer;
import app.clicks.csv.ClickCsv;
import app.clicks.report.Period;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.slack.common.FileTexts;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import app.clicks.slack.files.FileBody;
import app.clicks.slack.files.FileOutcome;
import app.clicks.slack.files.FileUpload;
import app.clicks.slack.files.SlackFiles;
import app.clicks.store.ClickExport;
import app.clicks.store.Pending;
import app.clicks.wolkvox.WolkvoxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a person an answer's chart or CSV in their DM with the bot (conversations.open, then the upload flow), and
 * says in one line where it went or why it did not. The period is synced first, as for an answer, on the same
 * lanes and with the same budget rules; the CSV is streamed from the store to a temporary file (never the period in memory), compressed
 * above {@link #GZIP_ABOVE}, and deleted afterwards.
 */
final class AnswerFiles {
  /** A CSV larger than this goes as .csv.gz. */
  static final long GZIP_ABOVE = 20L * 1024 * 1024;
  private static final Logger log = LoggerFactory.getLogger(AnswerFiles.class);

  private final ClicksAnswers answers;
  private final ClickExport export;
  private final ChartRenderer charts;

  /**
   * @param answers reads an answer's totals and summary, with the workspace's names and conversion codes
   * @param export reads clicks back for the CSV; null where the store cannot (no CSV then)
   */
  AnswerFiles(ClicksAnswers answers, ClickExport export, ChartRenderer charts) {
    this.answers = answers;
    this.export = export;
    this.charts = charts;
  }

  boolean csvAvailable() {
    return export != null;
  }

  /** The chart of the answer {@code r}, synced as {@code synced}, into {@code user}'s DM; the line to show them. */
  String chart(ClicksAnswers.Ready r, Pending synced, String user, SlackFiles files, Locale lang) {
    return chart(r, synced, user, files, lang, null).orElse(FileTexts.of(lang).get("chart.sentToDm"));
  }

  /**
   * The chart of a shared answer, posted into {@code channelId} right after the shared text (the response_url post
   * gives no ts to thread under). Empty when it went; else the line for the sharer: the bot must be in the channel
   * (not_in_channel), or why it did not go.
   */
  Optional<String> chartToChannel(ClicksAnswers.Ready r, Pending synced, String user, String channelId,
      SlackFiles files, Locale lang) {
    return chart(r, synced, user, files, lang, channelId);
  }

  private Optional<String> chart(ClicksAnswers.Ready r, Pending synced, String user, SlackFiles files, Locale lang,
      String channelId) {
    Texts t = FileTexts.of(lang);
    Summary summary;
    try {
      summary = answers.read(r, synced).summary();
    } catch (WolkvoxException e) {
      return Optional.of(Texts.of("clicks", lang).get("error." + e.kind().name()));
    }
    Period period = r.periods().current();
    Optional<byte[]> png = charts.render(summary, FileTexts.chartLabels(period, lang));
    if (png.isEmpty()) {
      return Optional.of(t.get("chart.none"));
    }
    String target = channelId;
    if (target == null) {
      FileOutcome dm = files.openDm(user);
      if (!(dm instanceof FileOutcome.Ok ok)) {
        return Optional.of(FileTexts.problem(dm, t));
      }
      target = ok.id();
    }
    String said = FileTexts.period(period, lang);
    FileOutcome up = files.upload(new FileUpload(target, null, "clicks-" + name(period) + ".png",
        t.get("chart.file"), t.get("chart.comment", said, period.zone().getId()), FileBody.of(png.get())));
    log.info("chart to {} of user={} workspace={}: {}", channelId == null ? "the DM" : channelId, user,
        r.settings().key(), up.getClass().getSimpleName());
    return up.ok() ? Optional.empty() : Optional.of(FileTexts.problem(up, t));
  }

  /**
   * Every click of the answer's period, synced as {@code synced}, as a CSV into {@code user}'s DM; the line to show
   * them.
   */
  String csv(ClicksAnswers.Ready r, Pending synced, String user, SlackFiles files, Locale lang) {
    Texts t = FileTexts.of(lang);
    if (export == null) {
      return t.get("csv.failed", "no store");
    }
    SummaryContext context;
    try {
      context = answers.read(r, synced).context(); // synced: what was missing is fetched, within the budget
    } catch (WolkvoxException e) {
      return Texts.of("clicks", lang).get("error." + e.kind().name());
    }
    Period period = r.periods().current();
    Path csv = null;
    Path gz = null;
    try {
      csv = Files.createTempFile("clicks-", ".csv");
      long rows;
      try (OutputStream out = Files.newOutputStream(csv); ClickCsv writer = ClickCsv.to(out, period.zone(), context)) {
        export.each(r.connection().serverId(), period, writer);
        rows = writer.rows();
      }
      Path send = csv;
      String filename = "clicks-" + name(period) + ".csv";
      boolean gzipped = Files.size(csv) > GZIP_ABOVE;
      if (gzipped) {
        gz = Files.createTempFile("clicks-", ".csv.gz");
        try (InputStream in = Files.newInputStream(csv); OutputStream out = new GZIPOutputStream(
            Files.newOutputStream(gz), 1 << 16)) {
          in.transferTo(out);
        }
        send = gz;
        filename += ".gz";
      }
      boolean fits = rows + 1 <= ClickCsv.SPREADSHEET_MAX_ROWS;
      String said = FileTexts.period(period, lang);
      StringBuilder comment = new StringBuilder(t.get("csv.comment", said, period.zone().getId(), rows));
      if (gzipped) {
        comment.append('\n').append(t.get("csv.gzipped"));
      }
      if (!fits) {
        comment.append('\n').append(t.get("csv.tooManyRows", rows));
      }
      FileOutcome dm = files.openDm(user);
      if (!(dm instanceof FileOutcome.Ok ok)) {
        return FileTexts.problem(dm, t);
      }
      FileOutcome up = files.upload(new FileUpload(ok.id(), null, filename, filename, comment.toString(),
          FileBody.of(send)));
      log.info("csv to the DM of user={} workspace={} period={} rows={} gzip={}: {}", user, r.settings().key(),
          period.label(), rows, gzipped, up.getClass().getSimpleName());
      if (!up.ok()) {
        return FileTexts.problem(up, t);
      }
      String line = t.get("csv.sentToDm", said, rows);
      return fits ? line : line + "\n" + t.get("csv.tooManyRows", rows);
    } catch (IOException | RuntimeException e) {
      log.error("csv failed for user={} workspace={} period={}", user, r.settings().key(), period.label(), e);
      return t.get("csv.failed", e.getClass().getSimpleName());
    } finally {
      delete(csv);
      delete(gz);
    }
  }

  /** The period in a file name: "2026-11-23" or "2026-11-17_2026-11-23". */
  private static String name(Period p) {
    return p.firstDay().equals(p.lastDay()) ? p.firstDay().toString() : p.firstDay() + "_" + p.lastDay();
  }

  private static void delete(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      log.warn("could not delete a temporary CSV ({})", e.getClass().getSimpleName());
    }
  }

  /** Cuts a line for the ephemeral answer. */
  static String cut(String s) {
    return SummaryBlocks.cut(s, SummaryBlocks.MAX_SECTION_TEXT);
  }
}
