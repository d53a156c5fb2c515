package app.clicks.csv;

import app.clicks.report.ClickRecord;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.SummaryContext;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes click records as CSV, one row a record, as they come: RFC 4180 (fields with a comma, a double quote, CR or
 * LF quoted, quotes doubled, CRLF between rows), UTF-8 with a byte-order mark so that Excel reads accents right,
 * and a header row in English ({@link #HEADER}).
 *
 * <p>Values come from outside (ad URLs and names, agents' names), so a value that a spreadsheet would take for a
 * formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a
 * {@code '} in front.
 *
 * <p>Columns: {@code date} is the click's instant in the report timezone, ISO-8601 with its offset
 * ("2026-11-23T11:07:00-05:00"), or wolkvox's own text when it sent a date that could not be read; the names come
 * from the {@link SummaryContext} (empty when unknown); {@code outcome} is the description of {@code cod_act};
 * {@code conversion} is yes or no, and empty on every row when the workspace has no conversion codes.
 *
 * <p>It does not stop at {@link #SPREADSHEET_MAX_ROWS}: the caller checks {@link #fitsSpreadsheet()} and says so.
 * Not thread-safe.
 */
public final class ClickCsv implements Consumer<ClickRecord>, Flushable, Closeable {
  /** The most rows a spreadsheet (Excel, Google Sheets, LibreOffice) opens, the header row included. */
  public static final int SPREADSHEET_MAX_ROWS = 1_048_576;

  /** The header row. */
  public static final List<String> HEADER = List.of("date", "source_id", "ad_name", "source_type", "source_url",
      "media_type", "media_url", "chat_id", "rp_id", "rp_name", "agent_id", "agent_name", "cod_act", "outcome",
      "conversion");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final String CRLF = "\r\n";

  private final Writer out;
  private final ZoneId zone;
  private final Directory directory;
  private final Names adNames;
  private final Set<String> conversionCodes;
  private long rows;

  private ClickCsv(Writer out, ZoneId zone, SummaryContext context) {
    this.out = out;
    this.zone = zone;
    this.directory = context.directory();
    this.adNames = context.adNames();
    this.conversionCodes = context.conversionCodes().resolve(directory);
  }

  /**
   * A CSV of clicks written to {@code out}, which it buffers: the byte-order mark and the header are written at
   * once.
   *
   * @param zone the report timezone, for the dates
   * @param context the names of ads, agents, routing points and outcomes, and the conversion codes
   */
  public static ClickCsv to(OutputStream out, ZoneId zone, SummaryContext context) throws IOException {
    return to(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), zone, context);
  }

  /** A CSV of clicks written to {@code out} (which should be UTF-8): the byte-order mark and the header at once. */
  public static ClickCsv to(Writer out, ZoneId zone, SummaryContext context) throws IOException {
    ClickCsv csv = new ClickCsv(out, zone, context);
    out.write('\uFEFF');
    csv.row(HEADER.toArray(String[]::new));
    return csv;
  }

  /** Writes one click as one row. */
  public void write(ClickRecord r) throws IOException {
    String code = r.codAct();
    row(
        r.date() == null ? r.rawDate() : DATE.format(r.date().atZone(zone)),
        r.sourceId(),
        orEmpty(adNames.name(r.sourceId())),
        r.sourceType(),
        r.sourceUrl(),
        r.mediaType(),
        r.mediaUrl(),
        r.chatId(),
        r.rpId(),
        orEmpty(directory.routingPoints().name(r.rpId())),
        r.agentId(),
        orEmpty(directory.agents().name(r.agentId())),
        code,
        orEmpty(directory.outcomes().name(code)),
        conversionCodes.isEmpty() ? "" : conversionCodes.contains(Names.key(code, true)) ? "yes" : "no");
    rows++;
  }

  /**
   * Writes one click as one row, for a stream of records.
   *
   * @throws UncheckedIOException when the writer fails
   */
  @Override
  public void accept(ClickRecord r) {
    try {
      write(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV row of chat " + r.chatId(), e);
    }
  }

  /** The rows of clicks written so far, the header not counted. */
  public long rows() {
    return rows;
  }

  /** True while the header and the rows so far fit in a spreadsheet ({@link #SPREADSHEET_MAX_ROWS}). */
  public boolean fitsSpreadsheet() {
    return rows + 1 <= SPREADSHEET_MAX_ROWS;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes and closes the writer (and the stream under it). */
  @Override
  public void close() throws IOException {
    out.close();
  }

  private void row(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields[i]);
    }
    out.write(CRLF);
  }

  /** One field: neutralised when a spreadsheet would read it as a formula, quoted when RFC 4180 needs it. */
  private void field(String value) throws IOException {
    String v = neutralised(value);
    if (!needsQuotes(v)) {
      out.write(v);
      return;
    }
    out.write('"');
    int from = 0;
    for (int q = v.indexOf('"'); q >= 0; q = v.indexOf('"', from)) {
      out.write(v, from, q - from + 1);
      out.write('"');
      from = q + 1;
    }
    out.write(v, from, v.length() - from);
    out.write('"');
  }

  /** {@code value} with a {@code '} in front when it starts with =, +, -, @, a tab or a carriage return. */
  static String neutralised(String value) {
    if (value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }

  private static boolean needsQuotes(String v) {
    for (int i = 0, n = v.length(); i < n; i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
