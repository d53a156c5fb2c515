package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.common.BoltApps;
import app.clicks.slack.testing.SlackStandIn;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The HTTP runtime: /health, start and stop on a free port, and the order of a SIGTERM shutdown. */
class RuntimeTest {
  static final String BOT_TOKEN = "xoxb-test-000000000000-fakebottoken";
  static final String SIGNING_SECRET = "test-signing-secret-0123456789";

  /** The HTTP runtime on a free port, serving a Bolt app that talks to {@code slack}. */
  static SlackHttpServer server(SlackStandIn slack, Map<String, SlackBot.HealthCheck> checks) throws Exception {
    return new SlackHttpServer(BoltApps.newApp(BOT_TOKEN, SIGNING_SECRET, slack.apiUrl()), 0, checks,
        Duration.ofSeconds(5)).start();
  }

  static HttpResponse<String> health(SlackHttpServer server) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/health"))
            .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIs200WhenTheDatabaseAnswersAnd503WhenNot() throws Exception {
    AtomicBoolean databaseUp = new AtomicBoolean(true);
    try (SlackStandIn slack = new SlackStandIn();
        SlackHttpServer server = server(slack, Map.of("database", databaseUp::get))) {
      HttpResponse<String> up = health(server);
      assertEquals(200, up.statusCode());
      JsonObject json = JsonParser.parseString(up.body()).getAsJsonObject();
      assertEquals("up", json.get("status").getAsString());
      assertEquals("up", json.getAsJsonObject("checks").get("database").getAsString());
      assertTrue(up.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

      databaseUp.set(false);
      HttpResponse<String> down = health(server);
      assertEquals(503, down.statusCode());
      assertEquals("down", JsonParser.parseString(down.body()).getAsJsonObject().get("status").getAsString());
    }
  }

  @Test
  void aCheckThatThrowsIsDownWithoutItsErrorText() throws Exception {
    java.util.Map<String, SlackBot.HealthCheck> checks = new java.util.LinkedHashMap<>();
    checks.put("database", () -> true);
    checks.put("scheduler", () -> {
      throw new IllegalStateException("secret-ish internal detail");
    });
    try (SlackStandIn slack = new SlackStandIn();
        SlackHttpServer server = new SlackHttpServer(
            BoltApps.newApp(BOT_TOKEN, SIGNING_SECRET, slack.apiUrl()), 0, checks,
            Duration.ofSeconds(5)).start()) {
      HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/health"))
              .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(503, r.statusCode());
      assertEquals("{\"checks\":{\"database\":\"up\",\"scheduler\":\"down\"},\"status\":\"down\"}", r.body());
    }
  }

  @Test
  void theServerListensOnAFreePortAndStopsListeningWhenClosed() throws Exception {
    SlackStandIn slack = new SlackStandIn();
    SlackHttpServer server = server(slack, Map.of("database", () -> true));
    int port = server.port();
    assertTrue(port > 0);
    assertEquals(200, health(server).statusCode());
    server.close();
    slack.close();
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    assertThrows(ConnectException.class, () -> client.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/health")).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void shutdownClosesEverythingInOrderEvenWhenOneFailsAndRunsOnce() {
    List<String> closed = new ArrayList<>();
    Shutdown shutdown = new Shutdown(List.of(() -> closed.add("server"), () -> {
      closed.add("work");
      throw new IllegalStateException("boom");
    })).then(() -> closed.add("scheduler")).then(() -> closed.add("pool"));
    shutdown.run();
    shutdown.run();
    assertEquals(List.of("server", "work", "scheduler", "pool"), closed);
  }

  @Test
  void closingTheWorkQueueLetsRunningWorkFinishAndRefusesNewWork() throws Exception {
    WorkQueue work = new WorkQueue(1, 1, Duration.ofSeconds(20));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean queuedRan = new AtomicBoolean();
    assertTrue(work.offer(() -> {
      started.countDown();
      try {
        release.await(20, TimeUnit.SECONDS);
        finished.set(true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    assertTrue(work.offer(() -> queuedRan.set(true)));
    assertFalse(work.offer(() -> { }), "a full queue refuses");
    assertTrue(started.await(10, TimeUnit.SECONDS));
    Thread closer = new Thread(work::close);
    closer.start();
    release.countDown();
    closer.join(20_000);
    assertFalse(closer.isAlive());
    assertTrue(finished.get(), "running work finished");
    assertTrue(queuedRan.get(), "queued work ran before closing");
    assertFalse(work.offer(() -> { }), "no new work after close");
  }

  @Test
  void workStillRunningAfterTheGraceIsInterrupted() throws Exception {
    WorkQueue work = new WorkQueue(1, 0, Duration.ofMillis(50));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    work.offer(() -> {
      started.countDown();
      try {
        new CountDownLatch(1).await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
    });
    assertTrue(started.await(10, TimeUnit.SECONDS));
    work.close();
    assertTrue(interrupted.await(10, TimeUnit.SECONDS));
  }
}
