package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.WolkvoxException.Kind;
import app.clicks.wolkvox.WolkvoxStandIn.Answer;
import app.clicks.wolkvox.WolkvoxStandIn.Request;
import app.clicks.wolkvox.WolkvoxStandIn.Row;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the client cuts windows: 31-day parts, halves of answers that reach the record cap, halves after timeouts. */
class WolkvoxClientSplitTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final WolkvoxConnection CONNECTION = new WolkvoxConnection("0042", "tk-split-test-token", BOGOTA);

  WolkvoxStandIn wolkvox;
  final CollectingReceiver receiver = new CollectingReceiver();
  final List<Duration> sleeps = new ArrayList<>();
  final CountDownLatch never = new CountDownLatch(1);

  @BeforeEach
  void start() {
    wolkvox = WolkvoxStandIn.start();
  }

  @AfterEach
  void stop() {
    never.countDown();
    wolkvox.close();
  }

  WolkvoxSettings settings(int maxRecords, Duration readTimeout) {
    return new WolkvoxSettings(wolkvox.baseUrl(), 1, maxRecords, Duration.ofSeconds(5), readTimeout, 3,
        Duration.ofMillis(10));
  }

  int fetch(WolkvoxSettings s, Window w) throws WolkvoxException {
    return new WolkvoxClient(s, WolkvoxClient.httpClient(s), new InJvmRequestGate(1), sleeps::add)
        .fetch(CONNECTION, w, receiver);
  }

  static Window window(String from, String to) {
    return new Window(LocalDateTime.parse(from), LocalDateTime.parse(to));
  }

  List<Window> asked() {
    return wolkvox.requests().stream().map(Request::window).toList();
  }

  @Test
  void aWindowLongerThan31DaysIsAskedIn31DayParts() throws Exception {
    Window w = window("2026-01-01T00:00:00", "2026-03-15T23:59:59");
    assertEquals(3, fetch(settings(60_000, Duration.ofSeconds(20)), w));
    assertEquals(List.of(
        window("2026-01-01T00:00:00", "2026-01-31T23:59:59"),
        window("2026-02-01T00:00:00", "2026-03-03T23:59:59"),
        window("2026-03-04T00:00:00", "2026-03-15T23:59:59")), asked());
    assertEquals(3, receiver.committed().size());
  }

  @Test
  void aWindowOfExactly31DaysIsOneRequest() throws Exception {
    assertEquals(1, fetch(settings(60_000, Duration.ofSeconds(20)),
        window("2026-01-01T00:00:00", "2026-01-31T23:59:59")));
  }

  @Test
  void anAnswerThatReachesTheCapIsDiscardedAndItsWindowAskedInHalves() throws Exception {
    Window day = window("2026-11-20T00:00:00", "2026-11-20T23:59:59");
    List<Row> data = WolkvoxStandIn.generate(35, day);
    wolkvox.respond(WolkvoxStandIn.serving(data, 10));

    int requests = fetch(settings(10, Duration.ofSeconds(20)), day);

    List<String> got = receiver.records().stream().map(ClickRecord::chatId).sorted().toList();
    List<String> want = data.stream().map(Row::chatId).sorted().toList();
    assertEquals(want, got, "every record exactly once");
    assertEquals(got.size(), new HashSet<>(got).size());
    assertEquals(requests, wolkvox.requests().size());
    assertEquals(day, asked().get(0));
    assertEquals(window("2026-11-20T00:00:00", "2026-11-20T11:59:59"), asked().get(1));
    assertTrue(asked().contains(window("2026-11-20T12:00:00", "2026-11-20T23:59:59")));
    List<Window> cut = receiver.batches().stream().filter(b -> b.state.equals("discarded")).map(b -> b.window)
        .toList();
    for (Window w : asked().subList(1, asked().size())) {
      assertTrue(cut.stream().anyMatch(c -> WolkvoxClient.halves(c).contains(w)), w + " halves a cut window");
    }
    for (CollectingReceiver.Kept b : receiver.batches()) {
      if (b.state.equals("committed")) {
        assertTrue(b.records.size() < 10, b.window + " kept " + b.records.size());
      } else {
        assertEquals("discarded", b.state);
        assertEquals(10, b.records.size(), "only capped answers are discarded");
      }
    }
    List<Window> kept = receiver.committed().stream().map(b -> b.window).toList();
    for (int i = 1; i < kept.size(); i++) {
      assertEquals(kept.get(i - 1).to().plusSeconds(1), kept.get(i).from(), "committed windows tile the day");
    }
    assertEquals(day.from(), kept.get(0).from());
    assertEquals(day.to(), kept.get(kept.size() - 1).to());
  }

  @Test
  void anAnswerOfExactlyTheCapIsSplitToo() throws Exception {
    Window day = window("2026-11-20T00:00:00", "2026-11-20T23:59:59");
    List<Row> data = WolkvoxStandIn.generate(4, day);
    wolkvox.respond(WolkvoxStandIn.serving(data, 100));
    assertEquals(3, fetch(settings(4, Duration.ofSeconds(20)), day));
    assertEquals(4, receiver.records().size());
  }

  @Test
  void moreRecordsInOneSecondThanTheCapFails() {
    Window second = window("2026-11-20T10:00:00", "2026-11-20T10:00:01");
    LocalDateTime at = second.from();
    wolkvox.respond(WolkvoxStandIn.serving(List.of(new Row("A", "1", "", at, ""), new Row("A", "2", "", at, ""),
        new Row("A", "3", "", at, "")), 100));
    WolkvoxException e = assertThrows(WolkvoxException.class, () -> fetch(settings(2, Duration.ofSeconds(20)),
        second));
    assertEquals(Kind.BAD_RESPONSE, e.kind());
    assertTrue(e.getMessage().contains("WOLKVOX_MAX_RECORDS"), e.getMessage());
    assertTrue(receiver.committed().stream().allMatch(b -> b.records.isEmpty()));
  }

  @Test
  void aWindowThatTimesOutTwiceIsAskedInHalves() throws Exception {
    Window day = window("2026-11-20T00:00:00", "2026-11-20T23:59:59");
    List<Row> data = WolkvoxStandIn.generate(6, day);
    WolkvoxStandIn.Responder serve = WolkvoxStandIn.serving(data, 100);
    CountDownLatch entered = new CountDownLatch(1);
    wolkvox.respond(r -> r.window().equals(day)
        ? WolkvoxStandIn.holding(entered, never, serve).answer(r)
        : serve.answer(r));

    assertEquals(4, fetch(settings(60_000, Duration.ofSeconds(2)), day));

    assertEquals(List.of(day, day, window("2026-11-20T00:00:00", "2026-11-20T11:59:59"),
        window("2026-11-20T12:00:00", "2026-11-20T23:59:59")), asked());
    assertEquals(6, receiver.records().size());
    assertEquals(1, sleeps.size(), "one backoff between the two timeouts");
  }

  @Test
  void aShortWindowThatKeepsTimingOutFailsAfterThreeTries() {
    Window hour = window("2026-11-20T10:00:00", "2026-11-20T10:59:59");
    CountDownLatch entered = new CountDownLatch(1);
    wolkvox.respond(WolkvoxStandIn.holding(entered, never, r -> Answer.noData()));
    WolkvoxException e = assertThrows(WolkvoxException.class,
        () -> fetch(settings(60_000, Duration.ofMillis(200)), hour));
    assertEquals(Kind.TIMEOUT, e.kind());
    assertEquals(List.of(hour, hour, hour), asked());
    assertTrue(receiver.committed().isEmpty());
  }

  @Test
  void anAnswerThatStopsMidBodyTimesOut() throws Exception {
    Window hour = window("2026-11-20T10:00:00", "2026-11-20T10:59:59");
    List<Row> data = WolkvoxStandIn.generate(3, hour);
    String full = WolkvoxStandIn.body(data);
    CountDownLatch stalled = new CountDownLatch(3);
    wolkvox.respond(r -> {
      if (stalled.getCount() == 3) {
        stalled.countDown();
        byte[] bytes = full.getBytes();
        return new Answer(200, "application/json", bytes.length, out -> {
          out.write(bytes, 0, 60);
          out.flush();
          try {
            never.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, -1);
      }
      return Answer.json(200, full);
    });

    assertEquals(2, fetch(settings(60_000, Duration.ofSeconds(2)), hour));
    assertEquals(3, receiver.records().size());
    assertEquals("discarded", receiver.batches().get(0).state);
    assertEquals(false, Thread.currentThread().isInterrupted(), "the watch's interrupt does not leak");
  }

  @Test
  void aMonthOfGeneratedRecordsArrivesExactlyOnceThroughTheCap() throws Exception {
    Window month = window("2026-10-01T00:00:00", "2026-10-31T23:59:59");
    int n = 5_000;
    wolkvox.respond(WolkvoxStandIn.generating(n, month, 1_500));

    int requests = fetch(settings(1_500, Duration.ofSeconds(20)), month);

    List<ClickRecord> got = receiver.records();
    assertEquals(n, got.size());
    assertEquals(n, got.stream().map(ClickRecord::chatId).distinct().count());
    assertTrue(got.stream().allMatch(r -> r.date() != null));
    assertEquals(requests, wolkvox.requests().size());
    assertTrue(receiver.committed().stream().allMatch(b -> b.records.size() < 1_500));
  }
}
