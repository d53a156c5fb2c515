package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.WolkvoxException.Kind;
import app.clicks.wolkvox.WolkvoxStandIn.Answer;
import app.clicks.wolkvox.WolkvoxStandIn.Request;
import app.clicks.wolkvox.WolkvoxStandIn.Row;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chat_14 client against a local wolkvox stand-in: requests, shapes, faults, retries and splits. */
class WolkvoxClientTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final String TOKEN = "tk-SECRET-0123456789abcdef";
  static final Window DAY = day(2026, 11, 20);
  static final Duration BACKOFF = Duration.ofMillis(250);

  WolkvoxStandIn wolkvox;
  final CollectingReceiver receiver = new CollectingReceiver();
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  final WolkvoxConnection connection = new WolkvoxConnection("0042", TOKEN, BOGOTA);

  @BeforeEach
  void start() {
    wolkvox = WolkvoxStandIn.start();
  }

  @AfterEach
  void stop() {
    wolkvox.close();
  }

  static Window day(int y, int m, int d) {
    LocalDate date = LocalDate.of(y, m, d);
    return new Window(date.atStartOfDay(), date.atTime(23, 59, 59));
  }

  WolkvoxSettings settings() {
    return new WolkvoxSettings(wolkvox.baseUrl(), 1, 60_000, Duration.ofSeconds(5), Duration.ofSeconds(20), 3,
        BACKOFF);
  }

  WolkvoxClient client(WolkvoxSettings s) {
    return new WolkvoxClient(s, WolkvoxClient.httpClient(s), new InJvmRequestGate(s.maxInFlight()), sleeps::add);
  }

  int fetch() throws WolkvoxException {
    return client(settings()).fetch(connection, DAY, receiver);
  }

  WolkvoxException failure() {
    return assertThrows(WolkvoxException.class, this::fetch);
  }

  static String rec(String chatId, String date) {
    return "{\"source_url\":\"u\",\"source_type\":\"ad\",\"source_id\":\"S1\",\"chat_id\":\"" + chatId
        + "\",\"rp_id\":\"RP\",\"agent_id\":\"A1\",\"media_type\":\"image\",\"media_url\":\"m\",\"date\":\""
        + date + "\",\"cod_act\":\"OK\"}";
  }

  static String rec(String chatId) {
    return rec(chatId, "2026-11-20 10:00:00");
  }

  List<String> chatIds() {
    return receiver.records().stream().map(ClickRecord::chatId).toList();
  }

  // --- the request -------------------------------------------------------------------------------------------

  @Test
  void asksChat14ForTheWindowWithTheTokenHeader() throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"200\",\"error\":null,\"msg\":\"1 records were found\","
        + "\"data\":[" + rec("CH1") + "]}"));

    assertEquals(1, fetch());

    Request r = wolkvox.requests().get(0);
    assertEquals("/api/v2/reports_manager.php", r.path());
    assertEquals("chat_14", r.api());
    assertEquals("20261120000000", r.dateIni());
    assertEquals("20261120235959", r.dateEnd());
    assertEquals(TOKEN, r.token());
    assertEquals(List.of("CH1"), chatIds());
    assertEquals(Instant.parse("2026-11-20T15:00:00Z"), receiver.records().get(0).date());
    assertEquals(DAY, receiver.committed().get(0).window);
  }

  @Test
  void usesTheBaseUrlForEveryServer() throws Exception {
    WolkvoxSettings s = WolkvoxSettings.defaults().withBaseUrl(wolkvox.baseUrl() + "/");
    WolkvoxClient client = client(s);
    client.fetch(connection, DAY, receiver);
    client.fetch(new WolkvoxConnection("abc9", TOKEN, BOGOTA), DAY, receiver);
    assertEquals(2, wolkvox.requests().size());
    assertEquals(2, receiver.committed().size());
  }

  @Test
  void refusesAnInvalidServerIdBeforeAnyRequest() {
    for (String bad : new String[] {"0042.evil.com", "evil.com/x#", "0042@evil", "", " 0042", "00 42"}) {
      assertThrows(IllegalArgumentException.class, () -> new WolkvoxConnection(bad, TOKEN, BOGOTA), bad);
    }
    assertTrue(wolkvox.requests().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesAMissingTokenWithoutAnyRequest(String token) {
    WolkvoxException e = assertThrows(WolkvoxException.class,
        () -> client(settings()).fetch(new WolkvoxConnection("0042", token, BOGOTA), DAY, receiver));
    assertEquals(Kind.TOKEN_REJECTED, e.kind());
    assertTrue(e.getMessage().contains("App Home"), e.getMessage());
    assertTrue(wolkvox.requests().isEmpty());
    WolkvoxException none = assertThrows(WolkvoxException.class,
        () -> client(settings()).fetch(new WolkvoxConnection("0042", null, BOGOTA), DAY, receiver));
    assertEquals(Kind.TOKEN_REJECTED, none.kind());
    assertTrue(wolkvox.requests().isEmpty());
  }

  // --- shapes of a good answer --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"200\"", "200", "\"0\"", "\"\"", "null"})
  void acceptsEveryCodeWolkvoxUsesForSuccess(String code) throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":" + code + ",\"error\":null,\"data\":[" + rec("A") + "]}"));
    assertEquals(1, fetch());
    assertEquals(List.of("A"), chatIds());
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"null\"", "\"\""})
  void acceptsAnErrorThatIsNullOrTheWordNull(String error) throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"200\",\"error\":" + error + ",\"data\":[" + rec("A") + "]}"));
    fetch();
    assertEquals(List.of("A"), chatIds());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"data\":null,", "", "\"data\":[],"})
  void readsNullMissingOrEmptyDataAsNoRecords(String data) throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{" + data + "\"code\":\"200\",\"error\":null,\"msg\":\"\"}"));
    assertEquals(1, fetch());
    assertEquals(1, receiver.committed().size());
    assertTrue(receiver.records().isEmpty());
  }

  @Test
  void readsDataThatIsASingleObject() throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"200\",\"error\":null,\"data\":" + rec("ONE") + "}"));
    fetch();
    assertEquals(List.of("ONE"), chatIds());
  }

  @Test
  void readsTheThreeDateShapes() throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"200\",\"data\":[" + rec("a", "2026-11-20 07:08:09") + ","
        + rec("b", "2026-11-20T07:08:09") + "," + rec("c", "20261120070809") + "," + rec("d", "20/11/2026") + "]}"));
    fetch();
    List<ClickRecord> got = receiver.records();
    Instant at = Instant.parse("2026-11-20T12:08:09Z");
    assertEquals(at, got.get(0).date());
    assertEquals(at, got.get(1).date());
    assertEquals(at, got.get(2).date());
    assertNull(got.get(3).date());
    assertEquals("20/11/2026", got.get(3).rawDate());
  }

  @Test
  void ignoresUnknownFields() throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"version\":{\"api\":[2,{\"x\":null}]},\"code\":\"200\",\"data\":["
        + "{\"chat_id\":\"A\",\"campaign\":{\"id\":1,\"tags\":[\"x\"]},\"agent_id\":\"7\"}],\"took_ms\":12}"));
    fetch();
    assertEquals(List.of("A"), chatIds());
    assertEquals("7", receiver.records().get(0).agentId());
  }

  @Test
  void readsAnEmptyAgentAsNoAgent() throws Exception {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"200\",\"data\":[{\"chat_id\":\"A\",\"agent_id\":\"\"},"
        + "{\"chat_id\":\"B\",\"agent_id\":null}]}"));
    fetch();
    assertTrue(receiver.records().stream().allMatch(ClickRecord::withoutAgent));
  }

  // --- no data ------------------------------------------------------------------------------------------------

  @Test
  void a404ValidateDatesEnteredIsZeroRecords() throws Exception {
    wolkvox.respond(r -> Answer.noData());
    assertEquals(1, fetch());
    assertEquals(1, receiver.committed().size());
    assertTrue(receiver.records().isEmpty());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void a404ValidateDatesEnteredInTheMessageInAnyCaseIsZeroRecords() throws Exception {
    wolkvox.respond(r -> Answer.json(404, "{\"code\":404,\"error\":\"null\",\"msg\":\"VALIDATE DATES ENTERED\"}"));
    assertEquals(1, fetch());
    assertEquals(1, receiver.committed().size());
  }

  @Test
  void anHtml404IsAnErrorNotNoData() {
    wolkvox.respond(r -> Answer.html(404, "<html><head><title>404 Not Found</title></head><body>"
        + "<h1>Not Found</h1> Validate dates entered</body></html>"));
    WolkvoxException e = failure();
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("404"), e.getMessage());
    assertTrue(receiver.committed().isEmpty());
    assertEquals(1, wolkvox.requests().size());
  }

  @Test
  void a404WithAnotherMessageIsAnError() {
    wolkvox.respond(r -> Answer.json(404, "{\"code\":\"404\",\"error\":\"Report not found\"}"));
    WolkvoxException e = failure();
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("Report not found"), e.getMessage());
    assertTrue(receiver.committed().isEmpty());
  }

  // --- token and quota ---------------------------------------------------------------------------------------

  @Test
  void a401IsARejectedTokenAndIsNotRetried() {
    wolkvox.respond(r -> Answer.json(401, "{\"code\":\"401\",\"error\":\"Unauthorized\"}"));
    WolkvoxException e = failure();
    assertEquals(Kind.TOKEN_REJECTED, e.kind());
    assertTrue(e.getMessage().contains("App Home") && e.getMessage().contains("whitelist"), e.getMessage());
    assertEquals("0042", e.serverId());
    assertEquals(DAY.toString(), e.window());
    assertEquals(1, wolkvox.requests().size());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void a403PleaseValidateTokenIsARejectedToken() {
    wolkvox.respond(r -> Answer.json(403, "{\"code\":\"403\",\"error\":\"PLEASE VALIDATE TOKEN\",\"msg\":null}"));
    assertEquals(Kind.TOKEN_REJECTED, failure().kind());
    assertEquals(1, wolkvox.requests().size());
  }

  @Test
  void pleaseValidateTokenIsARejectedTokenWhateverTheStatus() {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"403\",\"error\":\"Please validate token\",\"data\":null}"));
    assertEquals(Kind.TOKEN_REJECTED, failure().kind());
    assertTrue(receiver.nothingKept());
  }

  @Test
  void code401InA200BodyIsARejectedToken() {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":401,\"error\":\"Unauthorized\",\"data\":null}"));
    assertEquals(Kind.TOKEN_REJECTED, failure().kind());
    assertTrue(receiver.nothingKept());
  }

  @Test
  void a403TokenLimitExceededIsTheDailyQuotaAndIsNotRetried() {
    wolkvox.respond(r -> Answer.json(403, "{\"code\":\"403\",\"error\":\"TOKEN LIMIT EXCEEDED\"}"));
    WolkvoxException e = failure();
    assertEquals(Kind.QUOTA_EXCEEDED, e.kind());
    assertTrue(e.getMessage().contains("today"), e.getMessage());
    assertEquals(1, wolkvox.requests().size());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void a403SimultaneousRequestsIsRetriedWithBackoff() throws Exception {
    wolkvox.respondInOrder(
        Answer.json(403, "{\"code\":\"403\",\"error\":\"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)\"}"),
        Answer.json(200, "{\"code\":\"200\",\"data\":[" + rec("A") + "]}"));
    assertEquals(2, fetch());
    assertEquals(List.of(BACKOFF), sleeps);
    assertEquals(List.of("A"), chatIds());
  }

  @Test
  void simultaneousRequestsThreeTimesFails() {
    wolkvox.respond(r -> Answer.json(403,
        "{\"code\":\"403\",\"error\":\"Exceeds the limit of simultaneous requests per token (2)\"}"));
    WolkvoxException e = failure();
    assertEquals(Kind.TOO_MANY_REQUESTS, e.kind());
    assertTrue(e.getMessage().contains("wait"), e.getMessage());
    assertEquals(3, wolkvox.requests().size());
  }

  // --- server faults and retries -------------------------------------------------------------------------------

  @Test
  void a500IsRetriedThenTheAnswerIsKept() throws Exception {
    wolkvox.respondInOrder(Answer.html(500, "<html>Internal Server Error</html>"),
        Answer.json(502, ""), Answer.json(200, "{\"code\":\"200\",\"data\":[" + rec("A") + "]}"));
    assertEquals(3, fetch());
    assertEquals(List.of(BACKOFF, BACKOFF.multipliedBy(2)), sleeps);
    assertEquals(List.of("A"), chatIds());
    assertEquals(1, receiver.committed().size());
  }

  @Test
  void a500ThreeTimesFailsTheFetch() {
    wolkvox.respond(r -> Answer.html(500, "<html>Internal Server Error</html>"));
    WolkvoxException e = failure();
    assertEquals(Kind.SERVER_ERROR, e.kind());
    assertTrue(e.getMessage().contains("500"), e.getMessage());
    assertEquals(3, wolkvox.requests().size());
    assertEquals(List.of(BACKOFF, BACKOFF.multipliedBy(2)), sleeps);
    assertTrue(receiver.committed().isEmpty());
  }

  @Test
  void anErrorCodeInA200BodyIsABadResponseWithWolkvoxWords() {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"400\",\"error\":\"Invalid report\\n<b>chat_14</b> for "
        + TOKEN + "\",\"data\":[" + rec("A") + "]}"));
    WolkvoxException e = failure();
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("Invalid report chat_14"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertTrue(receiver.nothingKept());
    assertEquals(1, wolkvox.requests().size());
  }

  @Test
  void anHtmlPageWithStatus200IsABadResponse() {
    wolkvox.respond(r -> Answer.html(200, "<!DOCTYPE html><html><body>Maintenance</body></html>"));
    WolkvoxException e = failure();
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("HTML"), e.getMessage());
    assertTrue(receiver.nothingKept());
    assertEquals(1, wolkvox.requests().size());
  }

  @Test
  void aTruncatedJsonBodyIsABadResponseAndNothingIsKept() {
    String full = "{\"code\":\"200\",\"data\":[" + rec("A") + "," + rec("B") + "]}";
    wolkvox.respond(r -> Answer.json(200, full.substring(0, full.length() - 30)));
    WolkvoxException e = failure();
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(receiver.nothingKept());
    assertEquals(1, receiver.batches().get(0).records.size(), "the first record was streamed, then dropped");
  }

  @Test
  void aConnectionBrokenMidBodyIsRetried() throws Exception {
    String full = "{\"code\":\"200\",\"data\":[" + rec("A") + "," + rec("B") + "]}";
    wolkvox.respondInOrder(Answer.json(200, full).cutAfter(full.length() - 30), Answer.json(200, full));
    assertEquals(2, fetch());
    assertEquals(List.of("A", "B"), chatIds());
    assertEquals("discarded", receiver.batches().get(0).state);
    assertEquals(List.of(BACKOFF), sleeps);
  }

  @Test
  void aConnectionBrokenMidBodyThreeTimesFails() {
    String full = "{\"code\":\"200\",\"data\":[" + rec("A") + "," + rec("B") + "]}";
    wolkvox.respond(r -> Answer.json(200, full).cutAfter(40));
    WolkvoxException e = failure();
    assertEquals(Kind.CONNECTION, e.kind());
    assertEquals(3, wolkvox.requests().size());
    assertTrue(receiver.nothingKept());
  }

  @Test
  void aServerThatIsNotThereIsAConnectionFailure() throws Exception {
    String base = wolkvox.baseUrl();
    wolkvox.close();
    WolkvoxSettings s = settings().withBaseUrl(base);
    WolkvoxException e = assertThrows(WolkvoxException.class, () -> client(s).fetch(connection, DAY, receiver));
    assertEquals(Kind.CONNECTION, e.kind());
    assertEquals(2, sleeps.size());
  }
}
