package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.wolkvox.WolkvoxException.Kind;
import app.clicks.wolkvox.WolkvoxStandIn.Answer;
import app.clicks.wolkvox.WolkvoxStandIn.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The directory client against the wolkvox stand-in: the three lists, every envelope shape, quirks and faults. */
class DirectoryClientTest {
  static final String TOKEN = "tk-SECRET-0123456789abcdef";
  static final Duration BACKOFF = Duration.ofMillis(250);

  WolkvoxStandIn wolkvox;
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger counted = new AtomicInteger();
  final WolkvoxConnection connection = new WolkvoxConnection("0042", TOKEN, ZoneId.of("America/Bogota"));

  @BeforeEach
  void start() {
    wolkvox = WolkvoxStandIn.start();
  }

  @AfterEach
  void stop() {
    wolkvox.close();
  }

  DirectoryClient client(RequestGate gate) {
    WolkvoxSettings s = new WolkvoxSettings(wolkvox.baseUrl(), 1, 60_000, Duration.ofSeconds(5),
        Duration.ofSeconds(20), 3, BACKOFF);
    return new DirectoryClient(s, WolkvoxClient.httpClient(s), gate, sleeps::add);
  }

  List<DirectoryEntry> read(DirectoryList list) throws WolkvoxException {
    return client(new InJvmRequestGate(1)).read(connection, list, counted::incrementAndGet);
  }

  WolkvoxException failure(DirectoryList list) {
    return assertThrows(WolkvoxException.class, () -> read(list));
  }

  static String sample(String name) {
    try (InputStream in = DirectoryClientTest.class.getResourceAsStream("/wolkvox/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String body(String code, String data) {
    return "{\"code\":" + code + ",\"error\":null,\"msg\":\"1 records were found\",\"data\":" + data + "}";
  }

  static final String ONE_AGENT = "{\"agent_id\":\"1001\",\"agent_name\":\"Ana Gómez\",\"enabled\":\"yes\"}";

  // --- the requests --------------------------------------------------------------------------------------------

  @Test
  void asksInformationPhpForEachListWithTheToken() throws Exception {
    wolkvox.respond(r -> Answer.noData());
    for (DirectoryList list : DirectoryList.values()) {
      read(list);
    }
    List<Request> got = wolkvox.requests();
    assertEquals(List.of("agents", "routing_points", "activity_codes"), got.stream().map(Request::api).toList());
    assertTrue(got.stream().allMatch(r -> r.path().equals("/api/v2/information.php") && TOKEN.equals(r.token())));
    assertEquals(3, counted.get(), "each request is counted");
  }

  @Test
  void goesThroughTheSharedInFlightGate() throws Exception {
    AtomicInteger acquired = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();
    RequestGate gate = server -> {
      assertEquals("0042", server);
      acquired.incrementAndGet();
      return released::incrementAndGet;
    };
    wolkvox.respond(r -> Answer.json(200, body("\"200\"", "[" + ONE_AGENT + "]")));
    client(gate).read(connection, DirectoryList.AGENTS, counted::incrementAndGet);
    assertEquals(1, acquired.get());
    assertEquals(1, released.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesAMissingTokenWithoutAnyRequest(String token) {
    WolkvoxConnection none = new WolkvoxConnection("0042", token, connection.zone());
    WolkvoxException e = assertThrows(WolkvoxException.class,
        () -> client(new InJvmRequestGate(1)).read(none, DirectoryList.AGENTS, counted::incrementAndGet));
    assertEquals(Kind.TOKEN_REJECTED, e.kind());
    assertTrue(wolkvox.requests().isEmpty());
    assertEquals(0, counted.get());
  }

  // --- wolkvox's sample bodies ---------------------------------------------------------------------------------

  @Test
  void readsTheAgentsSampleTrimmedWithBlankNamesAsNoNameAndNoBlankIds() throws Exception {
    wolkvox.respond(r -> Answer.json(200, sample("information-agents.json")));
    assertEquals(List.of(new Agent("1001", "Ana Gómez", true), new Agent("1002", "Carlos Ruiz", false),
        new Agent("1003", null, true)), read(DirectoryList.AGENTS));
  }

  @Test
  void readsTheRoutingPointsSampleWhoseCodeIsANumber() throws Exception {
    wolkvox.respond(r -> Answer.json(200, sample("information-routing-points.json")));
    assertEquals(List.of(new RoutingPoint("RP_VENTAS", "Ventas WhatsApp"), new RoutingPoint("RP_SOPORTE", null)),
        read(DirectoryList.ROUTING_POINTS));
  }

  @Test
  void readsTheActivityCodesSampleWithHitsTypesAndCode0() throws Exception {
    wolkvox.respond(r -> Answer.json(200, sample("information-activity-codes.json")));
    assertEquals(List.of(new ActivityCode("VENTA", "Venta realizada", true, "cod_act1"),
        new ActivityCode("interesado", "Cliente interesado", false, "cod_act1"),
        new ActivityCode("PLAN_HOGAR", "Plan hogar", false, "cod_act2")), read(DirectoryList.ACTIVITY_CODES));
  }

  @Test
  void readsTheCodeUnderCodeActAsWolkvoxFieldTableNamesIt() throws Exception {
    wolkvox.respond(r -> Answer.json(200, body("\"200\"", "[{\"code_act\":\"VENTA\",\"description_cod_act\":"
        + "\"Venta\",\"hit\":\"yes\",\"type_code\":\"cod_act1\"},{\"cod_act\":\"\",\"code_act\":\"NO_VENTA\","
        + "\"description_cod_act\":\"\",\"hit\":\"no\"}]")));
    assertEquals(List.of(new ActivityCode("VENTA", "Venta", true, "cod_act1"),
        new ActivityCode("NO_VENTA", null, false, null)), read(DirectoryList.ACTIVITY_CODES));
  }

  // --- envelope shapes -----------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\"200\"", "200", "\"0\"", "\"\"", "null"})
  void acceptsEveryCodeWolkvoxUsesForSuccess(String code) throws Exception {
    wolkvox.respond(r -> Answer.json(200, body(code, "[" + ONE_AGENT + "]")));
    assertEquals(List.of(new Agent("1001", "Ana Gómez", true)), read(DirectoryList.AGENTS));
  }

  @Test
  void readsDataThatIsASingleObject() throws Exception {
    wolkvox.respond(r -> Answer.json(200, body("\"200\"", ONE_AGENT)));
    assertEquals(List.of(new Agent("1001", "Ana Gómez", true)), read(DirectoryList.AGENTS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"\""})
  void readsNullEmptyOrBlankDataAsNone(String data) throws Exception {
    wolkvox.respond(r -> Answer.json(200, body("\"200\"", data)));
    assertTrue(read(DirectoryList.AGENTS).isEmpty());
  }

  @Test
  void readsABareArrayAndIgnoresUnknownFieldsAndNumbers() throws Exception {
    wolkvox.respond(r -> Answer.json(200, "[{\"agent_id\":1001,\"agent_name\":\"Ana\",\"skills\":[1,{\"x\":2}]}]"));
    assertEquals(List.of(new Agent("1001", "Ana", true)), read(DirectoryList.AGENTS));
  }

  // --- none, token, quota --------------------------------------------------------------------------------------

  @Test
  void aJson404IsNoneAndIsNotRetried() throws Exception {
    wolkvox.respond(r -> Answer.noData());
    assertTrue(read(DirectoryList.ROUTING_POINTS).isEmpty());
    wolkvox.respond(r -> Answer.json(404, "{\"code\":404,\"error\":\"null\",\"msg\":\"0 records were found\"}"));
    assertTrue(read(DirectoryList.ROUTING_POINTS).isEmpty());
    assertEquals(2, wolkvox.requests().size());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void anHtml404IsABadResponseNotNone() {
    wolkvox.respond(r -> Answer.html(404, "<html><body><h1>Not Found</h1></body></html>"));
    WolkvoxException e = failure(DirectoryList.AGENTS);
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("the agents list"), e.getMessage());
    assertEquals(1, wolkvox.requests().size());
  }

  @Test
  void a401IsARejectedTokenAndIsNotRetried() {
    wolkvox.respond(r -> Answer.json(401, "{\"code\":\"401\",\"error\":\"Unauthorized\"}"));
    WolkvoxException e = failure(DirectoryList.AGENTS);
    assertEquals(Kind.TOKEN_REJECTED, e.kind());
    assertTrue(e.getMessage().contains("App Home"), e.getMessage());
    assertEquals(1, counted.get());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void pleaseValidateTokenIsARejectedTokenAsA403OrInsideA200() {
    wolkvox.respond(r -> Answer.json(403, "{\"code\":\"403\",\"error\":\"PLEASE VALIDATE TOKEN\",\"msg\":null}"));
    assertEquals(Kind.TOKEN_REJECTED, failure(DirectoryList.AGENTS).kind());
    wolkvox.respond(r -> Answer.json(200, "{\"code\":403,\"error\":\"Please validate token\",\"data\":null}"));
    assertEquals(Kind.TOKEN_REJECTED, failure(DirectoryList.AGENTS).kind());
  }

  @Test
  void a403TokenLimitExceededIsTheQuotaCountedOnceAndNotRetried() {
    wolkvox.respond(r -> Answer.json(403, "{\"code\":\"403\",\"error\":\"TOKEN LIMIT EXCEEDED\"}"));
    WolkvoxException e = failure(DirectoryList.ACTIVITY_CODES);
    assertEquals(Kind.QUOTA_EXCEEDED, e.kind());
    assertEquals("0042", e.serverId());
    assertEquals(1, wolkvox.requests().size());
    assertEquals(1, counted.get());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void anUnknownApiInA200BodyIsABadResponseInWolkvoxWordsWithoutTheToken() {
    wolkvox.respond(r -> Answer.json(200, "{\"code\":\"400\",\"error\":\"Unknown api for " + TOKEN
        + "\",\"data\":null}"));
    WolkvoxException e = failure(DirectoryList.AGENTS);
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("refused the agents list (code 400): Unknown api"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  // --- transient faults ----------------------------------------------------------------------------------------

  @Test
  void anHtml502IsRetriedWithBackoffThenATypedServerError() {
    wolkvox.respond(r -> Answer.html(502, "<html><head><title>502 Bad Gateway</title></head></html>"));
    WolkvoxException e = failure(DirectoryList.AGENTS);
    assertEquals(Kind.SERVER_ERROR, e.kind());
    assertTrue(e.getMessage().contains("HTTP 502") && e.getMessage().contains("the agents list"), e.getMessage());
    assertEquals(3, wolkvox.requests().size());
    assertEquals(3, counted.get(), "every try is a call");
    assertEquals(List.of(BACKOFF, BACKOFF.multipliedBy(2)), sleeps);
  }

  @Test
  void anHtml502ThenAnAnswerGivesTheAnswer() throws Exception {
    wolkvox.respondInOrder(Answer.html(502, "<html>Bad Gateway</html>"),
        Answer.json(200, body("\"200\"", "[" + ONE_AGENT + "]")));
    assertEquals(1, read(DirectoryList.AGENTS).size());
    assertEquals(2, counted.get());
    assertEquals(List.of(BACKOFF), sleeps);
  }

  @Test
  void simultaneousRequestsAreRetried() throws Exception {
    wolkvox.respondInOrder(
        Answer.json(403, "{\"code\":\"403\",\"error\":\"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)\"}"),
        Answer.json(200, body("200", "[" + ONE_AGENT + "]")));
    assertEquals(1, read(DirectoryList.AGENTS).size());
    assertEquals(2, wolkvox.requests().size());
  }

  @Test
  void anHtmlPageWithStatus200IsABadResponseAndIsNotRetried() {
    wolkvox.respond(r -> Answer.html(200, "<!DOCTYPE html><html><body>Maintenance</body></html>"));
    WolkvoxException e = failure(DirectoryList.ROUTING_POINTS);
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("HTML") && e.getMessage().contains("the routing points list"),
        e.getMessage());
    assertEquals(1, wolkvox.requests().size());
  }

  @Test
  void aTruncatedBodyIsABadResponse() {
    String full = sample("information-agents.json");
    wolkvox.respond(r -> Answer.json(200, full.substring(0, full.length() / 2)));
    assertEquals(Kind.BAD_RESPONSE, failure(DirectoryList.AGENTS).kind());
  }

  @Test
  void aServerThatIsNotThereIsAConnectionFailureAfterThreeTries() {
    wolkvox.close();
    WolkvoxException e = failure(DirectoryList.AGENTS);
    assertEquals(Kind.CONNECTION, e.kind());
    assertEquals(3, counted.get());
    assertNull(e.window());
  }
}
