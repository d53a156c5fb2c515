package app.clicks.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.TeamsStandIn;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Workflows poster's outcomes against a local Teams stand-in. */
class WorkflowsPosterTest {
  TeamsStandIn teams;
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  WorkflowsPoster poster;

  @BeforeEach
  void start() throws Exception {
    teams = new TeamsStandIn();
    poster = new WorkflowsPoster(HttpClient.newHttpClient(), Duration.ofSeconds(5), waits::add);
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  TeamsPostOutcome postTestCard() {
    return poster.post(teams.url(), TeamsCard.text("Title", "Text"));
  }

  @Test
  void anyTwoHundredIsAccepted() {
    assertEquals(new TeamsPostOutcome.Accepted(202), postTestCard());
    assertEquals(1, teams.accepted.size());
    assertEquals(List.of(), waits);
  }

  @Test
  void aFourHundredIsRefusedWithItsStatus() {
    teams.answer(400);
    assertEquals(new TeamsPostOutcome.Refused(400), postTestCard());
    assertEquals(0, teams.accepted.size());
  }

  @Test
  void aRefusedConnectionIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    TeamsPostOutcome outcome = poster.post("http://127.0.0.1:" + port + "/x?sig=abc", TeamsCard.text("T", "x"));
    assertInstanceOf(TeamsPostOutcome.Unreachable.class, outcome);
    assertTrue(((TeamsPostOutcome.Unreachable) outcome).reason().endsWith("Exception"), outcome.toString());
  }

  @Test
  void aTooManyRequestsIsWaitedOutAsRetryAfterSaysThenAccepted() {
    teams.answer(429);
    assertEquals(new TeamsPostOutcome.Accepted(202), postTestCard());
    assertEquals(List.of(Duration.ofSeconds(1)), waits);
    assertEquals(1, teams.accepted.size());
    assertEquals(2, teams.bodies.size());
  }

  @Test
  void tooManyRequestsInARowAndServerErrorsAreRetriedLater() {
    teams.answer(429, 429, 429);
    assertEquals(new TeamsPostOutcome.RetryLater(429, Duration.ofSeconds(1)), postTestCard());
    assertEquals(WorkflowsPoster.RATE_LIMIT_WAITS, waits.size());
    teams.answer(500);
    assertEquals(TeamsPostOutcome.Result.RETRY_LATER, postTestCard().result());
    assertEquals(0, teams.accepted.size());
  }

  @Test
  void retryAfterIsReadInSecondsWithADefault() {
    assertEquals(Duration.ofSeconds(7), WorkflowsPoster.retryAfter(java.util.Optional.of(" 7 ")));
    assertEquals(WorkflowsPoster.DEFAULT_WAIT, WorkflowsPoster.retryAfter(java.util.Optional.empty()));
    assertEquals(WorkflowsPoster.DEFAULT_WAIT,
        WorkflowsPoster.retryAfter(java.util.Optional.of("Wed, 21 Oct 2026 07:28:00 GMT")));
  }

  @Test
  void theStandInRejectsAnotherEnvelope() {
    TeamsPostOutcome o = poster.post(teams.url(), jakarta.json.Json.createObjectBuilder()
        .add("type", "message").add("attachments", jakarta.json.Json.createArrayBuilder().add(
            jakarta.json.Json.createObjectBuilder().add("contentType", "application/vnd.microsoft.card.adaptive")
                .add("content", jakarta.json.Json.createObjectBuilder().add("type", "AdaptiveCard")
                    .add("version", "1.5")))).build());
    assertEquals(new TeamsPostOutcome.Refused(400), o);
    assertEquals(List.of("version 1.5"), teams.rejected);
  }
}
