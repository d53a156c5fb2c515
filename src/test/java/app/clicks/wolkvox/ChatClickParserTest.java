package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.clicks.report.ClickRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a chat_14 body is read, shape by shape. */
class ChatClickParserTest {
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

  private final List<ClickRecord> records = new ArrayList<>();

  private ChatEnvelope parse(String body) throws Exception {
    return ChatClickParser.parse(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOGOTA, records::add);
  }

  private static String rec(String chatId) {
    return "{\"source_url\":\"u\",\"source_type\":\"ad\",\"source_id\":\"S1\",\"chat_id\":\"" + chatId
        + "\",\"rp_id\":\"RP\",\"agent_id\":\"A1\",\"media_type\":\"image\",\"media_url\":\"m\","
        + "\"date\":\"2026-11-20 10:00:00\",\"cod_act\":\"OK\"}";
  }

  @Test
  void readsTheSampleAnswerFieldByField() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/wolkvox/chat14-sample.json")) {
      ChatEnvelope env = ChatClickParser.parse(in, BOGOTA, records::add);
      assertEquals(new ChatEnvelope("200", "", "3 records were found", 3), env);
    }
    ClickRecord first = records.get(0);
    assertEquals("https://fb.me/ad/120210000000001", first.sourceUrl());
    assertEquals("ad", first.sourceType());
    assertEquals("120210000000001", first.sourceId());
    assertEquals("CH-1001", first.chatId());
    assertEquals("RP_WHATSAPP", first.rpId());
    assertEquals("1044", first.agentId());
    assertEquals("video", first.mediaType());
    assertEquals("https://cdn.example/v1.mp4", first.mediaUrl());
    assertEquals(Instant.parse("2026-11-20T13:15:30Z"), first.date());
    assertEquals("2026-11-20 08:15:30", first.rawDate());
    assertEquals("SALE", first.codAct());
    assertTrue(records.get(1).withoutAgent());
    assertEquals("", records.get(2).codAct());
  }

  @Test
  void readsTheThreeDateShapesAsWallClockTimeInTheZone() throws Exception {
    parse("{\"data\":[{\"date\":\"2026-11-20 23:59:59\"},{\"date\":\"2026-11-20T23:59:59\"},"
        + "{\"date\":\"20261120235959\"}]}");
    Instant expected = Instant.parse("2026-11-21T04:59:59Z");
    assertEquals(3, records.size());
    records.forEach(r -> assertEquals(expected, r.date()));
    assertEquals("20261120235959", records.get(2).rawDate());
  }

  @Test
  void readsDatesInAZoneWithDaylightSaving() throws Exception {
    ChatClickParser.parse(new ByteArrayInputStream(
            "{\"data\":[{\"date\":\"2026-07-01 12:00:00\"},{\"date\":\"2026-01-01 12:00:00\"}]}".getBytes()),
        ZoneId.of("Europe/Madrid"), records::add);
    assertEquals(Instant.parse("2026-07-01T10:00:00Z"), records.get(0).date());
    assertEquals(Instant.parse("2026-01-01T11:00:00Z"), records.get(1).date());
  }

  @Test
  void keepsARecordWhoseDateCannotBeRead() throws Exception {
    parse("{\"data\":[{\"chat_id\":\"1\",\"date\":\"yesterday\"},{\"chat_id\":\"2\",\"date\":\"2026-02-30 10:00:00\"},"
        + "{\"chat_id\":\"3\",\"date\":\"\"},{\"chat_id\":\"4\",\"date\":null},{\"chat_id\":\"5\"},"
        + "{\"chat_id\":\"6\",\"date\":\"2026-11-20 25:00:00\"},{\"chat_id\":\"7\",\"date\":\"2026112010000\"}]}");
    assertEquals(7, records.size());
    records.forEach(r -> assertNull(r.date(), r.chatId()));
    assertEquals("yesterday", records.get(0).rawDate());
    assertEquals("", records.get(3).rawDate());
  }

  @Test
  void codeMayBeAStringANumberZeroOrEmpty() throws Exception {
    assertEquals("200", parse("{\"code\":\"200\",\"data\":[]}").code());
    assertEquals("200", parse("{\"code\":200,\"data\":[]}").code());
    assertTrue(parse("{\"code\":200}").codeOk());
    assertTrue(parse("{\"code\":\"0\",\"data\":[]}").codeOk());
    assertTrue(parse("{\"code\":\"\",\"data\":[]}").codeOk());
    assertTrue(parse("{\"code\":null}").codeOk());
    assertFalse(parse("{\"code\":\"500\"}").codeOk());
  }

  @Test
  void errorMayBeNullOrTheWordNull() throws Exception {
    assertEquals("", parse("{\"code\":\"200\",\"error\":null,\"data\":[]}").error());
    assertEquals("", parse("{\"code\":\"200\",\"error\":\"null\",\"data\":[]}").error());
    assertEquals("", parse("{\"code\":\"200\",\"error\":\"NULL\",\"data\":[]}").error());
  }

  @Test
  void dataMayBeNullMissingAnArrayOrOneObject() throws Exception {
    assertEquals(0, parse("{\"code\":\"200\",\"data\":null}").records());
    assertEquals(0, parse("{\"code\":\"200\",\"msg\":\"ok\"}").records());
    assertEquals(2, parse("{\"code\":\"200\",\"data\":[" + rec("a") + "," + rec("b") + "]}").records());
    assertEquals(1, parse("{\"code\":\"200\",\"data\":" + rec("c") + "}").records());
    assertEquals(List.of("a", "b", "c"), records.stream().map(ClickRecord::chatId).toList());
  }

  @Test
  void fieldsMayBeEmptyNullOrNumbers() throws Exception {
    parse("{\"data\":[{\"source_url\":\"\",\"source_type\":null,\"source_id\":120210000000001,\"chat_id\":\"\","
        + "\"agent_id\":\"\",\"cod_act\":null}]}");
    ClickRecord r = records.get(0);
    assertEquals("", r.sourceUrl());
    assertEquals("", r.sourceType());
    assertEquals("120210000000001", r.sourceId());
    assertEquals("", r.agentId());
    assertTrue(r.withoutAgent());
    assertEquals("", r.codAct());
    assertEquals("", r.mediaUrl());
  }

  @Test
  void ignoresUnknownFieldsEvenNestedOnes() throws Exception {
    ChatEnvelope env = parse("{\"meta\":{\"a\":[1,{\"b\":[]}],\"c\":{}},\"code\":\"200\",\"data\":["
        + "{\"extra\":{\"x\":{\"y\":[1,2]}},\"chat_id\":\"1\",\"list\":[[],{}],\"agent_id\":\"7\",\"flag\":true},"
        + "null,42,[1,2]],\"trailer\":[{\"z\":1}]}");
    assertEquals(1, env.records());
    assertEquals("1", records.get(0).chatId());
    assertEquals("7", records.get(0).agentId());
  }

  @Test
  void envelopeFieldsMayComeAfterTheData() throws Exception {
    ChatEnvelope env = parse("{\"data\":[" + rec("a") + "],\"msg\":\"1 records were found\",\"error\":null,"
        + "\"code\":\"200\"}");
    assertEquals(new ChatEnvelope("200", "", "1 records were found", 1), env);
  }

  @Test
  void readsWolkvoxNoDataMessage() throws Exception {
    ChatEnvelope env = parse("{\"code\":\"404\",\"error\":\"VALIDATE DATES ENTERED\",\"data\":null}");
    assertTrue(env.saysNoData());
    assertTrue(parse("{\"code\":404,\"msg\":\"Validate dates entered\"}").saysNoData());
  }

  @Test
  void toleratesAByteOrderMarkAndLeadingWhitespace() throws Exception {
    byte[] body = ("\uFEFF \n {\"code\":\"200\",\"data\":[" + rec("a") + "]}").getBytes(StandardCharsets.UTF_8);
    assertEquals(1, ChatClickParser.parse(new ByteArrayInputStream(body), BOGOTA, records::add).records());
  }

  @Test
  void readsABareArrayAsTheData() throws Exception {
    assertEquals(2, parse("[" + rec("a") + "," + rec("b") + "]").records());
  }

  @Test
  void stopsEarlyWhenAskedTo() throws Exception {
    ChatEnvelope env = ChatClickParser.parse(new ByteArrayInputStream(
            ("{\"data\":[" + rec("a") + "," + rec("b") + "," + rec("c") + "], \"code\":\"200\"}").getBytes()),
        BOGOTA, records::add, 2);
    assertEquals(2, env.records());
    assertEquals(2, records.size());
  }

  @Test
  void refusesHtml() {
    ChatParseException e = assertThrows(ChatParseException.class,
        () -> parse("<!DOCTYPE html><html><body>Not Found</body></html>"));
    assertTrue(e.getMessage().contains("HTML"), e.getMessage());
  }

  @Test
  void refusesTruncatedBodies() {
    String full = "{\"code\":\"200\",\"data\":[" + rec("a") + "," + rec("b") + "]}";
    for (int cut : new int[] {1, 10, 30, full.length() / 2, full.length() - 1}) {
      records.clear();
      assertThrows(ChatParseException.class, () -> parse(full.substring(0, cut)), "cut at " + cut);
    }
  }

  @Test
  void refusesMalformedBodies() {
    assertThrows(ChatParseException.class, () -> parse(""));
    assertThrows(ChatParseException.class, () -> parse("   "));
    assertThrows(ChatParseException.class, () -> parse("OK"));
    assertThrows(ChatParseException.class, () -> parse("{\"code\":\"200\",\"data\":[}"));
    assertThrows(ChatParseException.class, () -> parse("{\"code\":\"200\"} {\"code\":\"200\"}"));
    assertThrows(ChatParseException.class, () -> parse("{\"code\":\"200\"} garbage"));
  }

  @Test
  void passesOnReadFailuresAsIoExceptions() {
    InputStream broken = new InputStream() {
      private final byte[] start = "{\"code\":\"200\",\"data\":[".getBytes();
      private int i;

      @Override
      public int read() throws IOException {
        if (i < start.length) {
          return start[i++];
        }
        throw new IOException("connection reset");
      }
    };
    assertThrows(IOException.class, () -> ChatClickParser.parse(broken, BOGOTA, records::add));
  }

  @Test
  void readsASavedFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("response.json");
    try (InputStream in = getClass().getResourceAsStream("/wolkvox/chat14-sample.json")) {
      java.nio.file.Files.copy(in, file);
    }
    assertEquals(3, ChatClickParser.parse(file, BOGOTA, records::add).records());
    assertEquals(3, records.size());
  }
}
