package app.clicks.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.SummaryContext;
import app.clicks.testing.TrendSummaries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The detail of a period as a CSV a spreadsheet opens safely. */
class ClickCsvTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Instant AT = Instant.parse("2026-11-23T16:07:05Z");

  static final SummaryContext NAMED = new SummaryContext(
      new Directory(Names.of(Map.of("ana", "Ana Gómez")), Names.of(Map.of("RP1", "Ventas, Bogotá")),
          Names.ofCodes(Map.of("venta", "Venta cerrada", "NI", "No interesado")), Set.of("VENTA")),
      Names.of(Map.of("ad1", "Black \"Friday\"")), ConversionCodes.WOLKVOX_HITS);

  static ClickRecord click(String sourceId, String url, String agent, String codAct, Instant at) {
    return new ClickRecord(url, "ad", sourceId, "573001", "RP1", agent, "video", "https://cdn/x.mp4", at,
        at == null ? "23/11/2026 25:99" : at.toString(), codAct);
  }

  static String csv(SummaryContext context, ClickRecord... records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ClickCsv csv = ClickCsv.to(bytes, BOGOTA, context)) {
      for (ClickRecord r : records) {
        csv.write(r);
      }
    }
    byte[] b = bytes.toByteArray();
    assertEquals(0xEF, b[0] & 0xFF, "UTF-8 byte-order mark");
    assertEquals(0xBB, b[1] & 0xFF);
    assertEquals(0xBF, b[2] & 0xFF);
    return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void aHeaderInEnglishThenOneRowAClickWithNamesAndConversion() throws IOException {
    String text = csv(NAMED, click("ad1", "https://fb.me/ad1", "ana", "venta", AT),
        click("ad2", "https://fb.me/ad2", "", "NI", AT));
    List<List<String>> rows = Rfc4180.read(text);
    assertEquals(ClickCsv.HEADER, rows.get(0));
    assertEquals(List.of("2026-11-23T11:07:05-05:00", "ad1", "Black \"Friday\"", "ad", "https://fb.me/ad1", "video",
        "https://cdn/x.mp4", "573001", "RP1", "Ventas, Bogotá", "ana", "Ana Gómez", "venta", "Venta cerrada", "yes"),
        rows.get(1));
    assertEquals(List.of("2026-11-23T11:07:05-05:00", "ad2", "", "ad", "https://fb.me/ad2", "video",
        "https://cdn/x.mp4", "573001", "RP1", "Ventas, Bogotá", "", "", "NI", "No interesado", "no"), rows.get(2));
    assertEquals(3, rows.size());
    assertTrue(text.startsWith("date,source_id,ad_name,"), "a plain header");
    assertTrue(text.contains(",\"Black \"\"Friday\"\"\","), "quotes doubled inside a quoted field");
    assertTrue(text.contains(",\"Ventas, Bogotá\","), "a comma quoted");
  }

  @Test
  void conversionIsEmptyWhereTheWorkspaceHasNoConversionCodes() throws IOException {
    List<List<String>> rows = Rfc4180.read(csv(SummaryContext.NONE, click("ad1", "u", "ana", "VENTA", AT)));
    assertEquals("", rows.get(1).get(14));
    assertEquals("", rows.get(1).get(2), "no ad name");
    assertEquals("", rows.get(1).get(11), "no agent name");
  }

  @Test
  void chosenCodesMakeTheConversionsWithoutRegardToCase() throws IOException {
    SummaryContext chosen = new SummaryContext(Directory.EMPTY, Names.NONE, ConversionCodes.of(List.of(" cita ")));
    List<List<String>> rows = Rfc4180.read(csv(chosen, click("a", "u", "x", "CITA", AT), click("a", "u", "x", "V", AT)));
    assertEquals("yes", rows.get(1).get(14));
    assertEquals("no", rows.get(2).get(14));
  }

  @Test
  void newlinesAndCarriageReturnsInsideAValueAreQuoted() throws IOException {
    String text = csv(SummaryContext.NONE, click("ad1", "https://x/?a=1,b=2\r\nline two\nthree", "ana", "", AT));
    List<List<String>> rows = Rfc4180.read(text);
    assertEquals(2, rows.size());
    assertEquals("https://x/?a=1,b=2\r\nline two\nthree", rows.get(1).get(4));
  }

  @Test
  void aValueThatASpreadsheetWouldTakeForAFormulaIsNeutralised() throws IOException {
    String text = csv(new SummaryContext(Directory.EMPTY, Names.of(Map.of("ad1", "=HYPERLINK(\"http://evil\",\"x\")")),
            ConversionCodes.WOLKVOX_HITS),
        click("ad1", "+57 300", "@ana", "-1", AT), click("ad1", "\tTAB", "x", "\rCR", AT),
        click("ad1", "u", "x", "=1+1", AT));
    List<List<String>> rows = Rfc4180.read(text);
    assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", rows.get(1).get(2));
    assertEquals("'+57 300", rows.get(1).get(4));
    assertEquals("'@ana", rows.get(1).get(10));
    assertEquals("'-1", rows.get(1).get(12));
    assertEquals("'\tTAB", rows.get(2).get(4));
    assertEquals("'\rCR", rows.get(2).get(12));
    assertEquals("'=1+1", rows.get(3).get(12));
    assertEquals("2026-11-23T11:07:05-05:00", rows.get(1).get(0), "a date with a negative offset is left alone");
  }

  @Test
  void neutralisingLeavesOtherValuesAlone() {
    assertEquals("", ClickCsv.neutralised(""));
    assertEquals("a=b", ClickCsv.neutralised("a=b"));
    assertEquals(" =x", ClickCsv.neutralised(" =x"));
    assertEquals("'-", ClickCsv.neutralised("-"));
  }

  @Test
  void anUnreadableDateIsWrittenAsWolkvoxSentIt() throws IOException {
    assertEquals("23/11/2026 25:99", Rfc4180.read(csv(SummaryContext.NONE, click("a", "u", "x", "", null))).get(1)
        .get(0));
  }

  @Test
  void aRoundTripThroughACsvParserGivesBackEveryClick() throws IOException {
    List<ClickRecord> clicks = TrendSummaries.clicks(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 23));
    List<List<String>> rows = Rfc4180.read(csv(TrendSummaries.withConversions(), clicks.toArray(ClickRecord[]::new)));
    assertEquals(clicks.size() + 1, rows.size(), "the click count plus one");
    for (int i = 0; i < clicks.size(); i++) {
      ClickRecord r = clicks.get(i);
      List<String> row = rows.get(i + 1);
      assertEquals(15, row.size());
      assertEquals(r.date(), java.time.OffsetDateTime.parse(row.get(0)).toInstant());
      assertEquals(r.sourceId(), row.get(1));
      assertEquals(r.chatId(), row.get(7));
      assertEquals(r.agentId(), row.get(10));
      assertEquals(r.codAct().equals("VENTA") ? "yes" : "no", row.get(14));
    }
    assertEquals(TrendSummaries.AD_NAMES.get("120210000000002"),
        rows.stream().filter(r -> r.get(1).equals("120210000000002")).findFirst().orElseThrow().get(2));
  }

  @Test
  void rowsAreCountedAndTheSpreadsheetLimitIsKnown() throws IOException {
    assertEquals(1_048_576, ClickCsv.SPREADSHEET_MAX_ROWS);
    ClickCsv csv = ClickCsv.to(new StringWriter(), BOGOTA, SummaryContext.NONE);
    csv.write(click("a", "u", "x", "", AT));
    csv.write(click("a", "u", "x", "", AT));
    assertEquals(2, csv.rows());
    assertTrue(csv.fitsSpreadsheet());
  }

  @Test
  void twoHundredThousandRowsStreamThroughWithoutBeingKept() throws IOException {
    CountingWriter sink = new CountingWriter();
    ClickCsv csv = ClickCsv.to(new java.io.BufferedWriter(sink, 8192), BOGOTA, NAMED);
    for (int i = 0; i < 200_000; i++) {
      csv.accept(new ClickRecord("https://fb.me/" + (i % 50), "ad", "ad" + (i % 50), "chat" + i, "RP1",
          i % 3 == 0 ? "" : "ana", "image", "", AT.plusSeconds(i), "", i % 4 == 0 ? "VENTA" : "NI"));
    }
    long beforeClose = sink.chars;
    csv.close();
    assertEquals(200_000, csv.rows());
    assertEquals(200_001, sink.lines, "the header and one line a click");
    assertTrue(sink.chars - beforeClose <= 8192, "all but the last buffer had reached the sink before the end");
    assertTrue(sink.closed);
  }

  @Test
  void aFailingWriterFailsTheStreamWithTheChatItWasWriting() throws IOException {
    Writer broken = new Writer() {
      boolean headerDone;

      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        if (headerDone) {
          throw new IOException("disk full");
        }
      }

      @Override
      public void write(String s) throws IOException {
        if (s.equals("\r\n")) {
          if (headerDone) {
            throw new IOException("disk full");
          }
          headerDone = true;
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    ClickCsv csv = ClickCsv.to(broken, BOGOTA, SummaryContext.NONE);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> csv.accept(click("a", "u", "x", "", AT)));
    assertTrue(e.getMessage().contains("573001"));
    assertFalse(csv.rows() > 0);
  }

  /** Counts what reaches it and keeps nothing. */
  static final class CountingWriter extends Writer {
    long chars;
    long lines;
    boolean closed;

    @Override
    public void write(char[] cbuf, int off, int len) {
      chars += len;
      for (int i = off; i < off + len; i++) {
        if (cbuf[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      closed = true;
    }
  }

}
