package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.clicks.testing.CapturedLogs;
import app.clicks.wolkvox.WolkvoxStandIn.Answer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests in flight per server, and the token kept out of every message and log line. */
class WolkvoxClientLimitsTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final String TOKEN = "tk-very-SECRET-9f8e7d6c5b4a";

  WolkvoxStandIn wolkvox;
  final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() {
    wolkvox = WolkvoxStandIn.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    wolkvox.close();
  }

  static Window day(int d) {
    LocalDate date = LocalDate.of(2026, 11, d);
    return new Window(date.atStartOfDay(), date.atTime(23, 59, 59));
  }

  WolkvoxSettings settings(int inFlight, Duration readTimeout) {
    return new WolkvoxSettings(wolkvox.baseUrl(), inFlight, 60_000, Duration.ofSeconds(5), readTimeout, 3,
        Duration.ZERO);
  }

  CompletableFuture<Integer> fetchAsync(WolkvoxClient client, Window w) {
    WolkvoxConnection c = new WolkvoxConnection("0042", TOKEN, BOGOTA);
    return CompletableFuture.supplyAsync(() -> {
      try {
        return client.fetch(c, w, new CollectingReceiver());
      } catch (WolkvoxException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void withLimitOneASecondRequestWaitsForTheFirst() throws Exception {
    WolkvoxSettings s = settings(1, Duration.ofSeconds(20));
    InJvmRequestGate gate = new InJvmRequestGate(1);
    WolkvoxClient client = new WolkvoxClient(s, WolkvoxClient.httpClient(s), gate, d -> { });
    CountDownLatch entered = new CountDownLatch(1);
    wolkvox.respond(WolkvoxStandIn.holding(entered, release, r -> Answer.noData()));

    CompletableFuture<Integer> first = fetchAsync(client, day(1));
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<Integer> second = fetchAsync(client, day(2));
    awaitWaiting(gate, "0042", 1);
    assertEquals(1, wolkvox.requests().size(), "the second request has not been sent");

    release.countDown();
    assertEquals(1, first.get(10, TimeUnit.SECONDS));
    assertEquals(1, second.get(10, TimeUnit.SECONDS));
    assertEquals(2, wolkvox.requests().size());
    assertEquals(1, wolkvox.maxInFlight());
  }

  @Test
  void withLimitTwoTwoRequestsRunTogether() throws Exception {
    WolkvoxSettings s = settings(2, Duration.ofSeconds(20));
    WolkvoxClient client = new WolkvoxClient(s, WolkvoxClient.httpClient(s), new InJvmRequestGate(2), d -> { });
    CountDownLatch entered = new CountDownLatch(2);
    wolkvox.respond(WolkvoxStandIn.holding(entered, release, r -> Answer.noData()));

    CompletableFuture<Integer> first = fetchAsync(client, day(1));
    CompletableFuture<Integer> second = fetchAsync(client, day(2));
    assertTrue(entered.await(10, TimeUnit.SECONDS), "both requests reached wolkvox while neither was answered");
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);
    assertEquals(2, wolkvox.maxInFlight());
  }

  @Test
  void theGateLimitsEachServerOnItsOwn() throws Exception {
    InJvmRequestGate gate = new InJvmRequestGate(1);
    try (RequestGate.Permit a = gate.acquire("0042"); RequestGate.Permit b = gate.acquire("0043")) {
      assertEquals(0, gate.waiting("0042"));
      CompletableFuture<Void> third = CompletableFuture.runAsync(() -> {
        try (RequestGate.Permit c = gate.acquire("0042")) {
          // acquired once the first is closed
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      awaitWaiting(gate, "0042", 1);
      a.close();
      a.close(); // closing twice releases once
      third.get(10, TimeUnit.SECONDS);
    }
    try (RequestGate.Permit x = gate.acquire("0042"); RequestGate.Permit y = gate.acquire("0043")) {
      assertEquals(0, gate.waiting("0042"));
    }
  }

  /** Waits (spinning, at most 10 s) until {@code n} threads wait at the gate for {@code server}. */
  static void awaitWaiting(InJvmRequestGate gate, String server, int n) throws TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (gate.waiting(server) < n) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(n + " waiting threads expected at the gate");
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void theTokenIsInNoExceptionMessageAndNoLogLine() throws Exception {
    CapturedLogs logs = CapturedLogs.of("app.clicks.wolkvox", Level.DEBUG);
    try {
      List<Answer> faults = List.of(
          Answer.json(401, "{\"error\":\"Unauthorized token " + TOKEN + "\"}"),
          Answer.json(403, "{\"code\":\"403\",\"error\":\"PLEASE VALIDATE TOKEN " + TOKEN + "\"}"),
          Answer.json(403, "{\"code\":\"403\",\"error\":\"TOKEN LIMIT EXCEEDED\",\"msg\":\"" + TOKEN + "\"}"),
          Answer.json(403, "{\"error\":\"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2) " + TOKEN + "\"}"),
          Answer.json(400, "{\"code\":\"400\",\"error\":\"bad request for " + TOKEN + "\"}"),
          Answer.json(200, "{\"code\":\"500\",\"error\":\"failed for token=" + TOKEN + "\"}"),
          Answer.json(404, "{\"code\":\"404\",\"error\":\"no such token " + TOKEN + "\"}"),
          Answer.html(404, "<html><body>" + TOKEN + " not found</body></html>"),
          Answer.html(200, "<html><body>" + TOKEN + "</body></html>"),
          Answer.html(500, "<html><body>" + TOKEN + "</body></html>"),
          Answer.json(200, "{\"code\":\"200\",\"error\":\"" + TOKEN + "\",\"data\":["),
          Answer.json(200, "{\"code\":\"200\",\"data\":[{\"chat_id\":\"" + TOKEN + "\"}]}").cutAfter(30));
      List<Throwable> failures = new ArrayList<>();
      WolkvoxSettings s = settings(1, Duration.ofMillis(300));
      WolkvoxClient client = new WolkvoxClient(s, WolkvoxClient.httpClient(s), new InJvmRequestGate(1), d -> { });
      WolkvoxConnection c = new WolkvoxConnection("0042", TOKEN, BOGOTA);
      for (Answer a : faults) {
        wolkvox.respond(r -> a);
        failures.add(failureOf(client, c));
      }
      wolkvox.respond(WolkvoxStandIn.holding(new CountDownLatch(1), release, r -> Answer.noData()));
      failures.add(failureOf(client, c));
      failures.add(failureOf(client, new WolkvoxConnection("0042", "tk\nwith-newline-SECRET", BOGOTA)));

      for (Throwable t : failures) {
        for (Throwable e = t; e != null; e = e.getCause()) {
          assertFalse(String.valueOf(e.getMessage()).contains(TOKEN), e.toString());
          assertFalse(e.toString().contains(TOKEN), e.toString());
          assertFalse(String.valueOf(e.getMessage()).contains("with-newline-SECRET"), e.toString());
        }
      }
      assertTrue(failures.stream().allMatch(WolkvoxException.class::isInstance));
      assertFalse(c.toString().contains(TOKEN));
      assertFalse(logs.events().isEmpty(), "the client logs what it does");
      for (ILoggingEvent e : logs.events()) {
        assertFalse(e.getFormattedMessage().contains(TOKEN), e.getFormattedMessage());
        if (e.getThrowableProxy() != null) {
          assertFalse(String.valueOf(e.getThrowableProxy().getMessage()).contains(TOKEN));
        }
      }
    } finally {
      logs.close();
    }
  }

  private static Throwable failureOf(WolkvoxClient client, WolkvoxConnection c) {
    try {
      client.fetch(c, day(3), new CollectingReceiver());
    } catch (WolkvoxException e) {
      return e;
    }
    return fail("a failure was expected");
  }

  @Test
  void fetchFailuresSurfaceThroughFuturesUnchanged() {
    // guards the helper above: a failing fetch in fetchAsync fails its future
    wolkvox.respond(r -> Answer.json(401, "{}"));
    WolkvoxSettings s = settings(1, Duration.ofSeconds(5));
    WolkvoxClient client = new WolkvoxClient(s, WolkvoxClient.httpClient(s), new InJvmRequestGate(1), d -> { });
    ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> fetchAsync(client, day(4)).get(10, TimeUnit.SECONDS));
    assertEquals(WolkvoxException.Kind.TOKEN_REJECTED, ((WolkvoxException) e.getCause().getCause()).kind());
  }
}
