package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.PostOutcome;
import app.clicks.store.StoredTotals;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.FakeSettingsStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The digest poster renders the /clicks blocks under a dated header and maps each Slack answer to an outcome. */
class SlackDigestPosterTest {
  SlackStandIn slack;
  FakeSettingsStore settings;
  SlackDigestPoster poster;
  final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    settings = new FakeSettingsStore();
    settings.save(DigestFixtures.connected("en"));
    poster = SlackDigestPoster.create(HomeHarness.BOT_TOKEN, slack.apiUrl(), Duration.ofMillis(500), settings);
  }

  @AfterEach
  void stop() {
    release.countDown();
    slack.close();
  }

  void answer(String json) {
    slack.on("chat.postMessage", c -> SlackStandIn.Answer.ok(json));
  }

  @Test
  void postsTheSummaryBlocksAsTheBotToTheChannelUnderTheDateAndTimezone() throws Exception {
    answer("{\"ok\":true,\"channel\":\"C0DIGEST\",\"ts\":\"1763996400.000200\"}");
    PostOutcome outcome = poster.postDigest(DigestFixtures.message("C0DIGEST", false));
    assertEquals(new PostOutcome.Posted("1763996400.000200"), outcome);
    SlackStandIn.Call call = slack.next("chat.postMessage");
    assertEquals("Bearer " + HomeHarness.BOT_TOKEN, call.authorization());
    assertEquals("C0DIGEST", call.params().get("channel"));
    String texts = ViewTexts.of(call.params().get("blocks"));
    assertTrue(texts.contains("Daily clicks · Monday, November 23, 2026 (America/Bogota)"), texts);
    assertTrue(texts.contains("*Clicks*\n128  +28 (+28.0%)"), texts);
    assertTrue(texts.contains("120210000000001"), texts);
    assertTrue(texts.contains("ana.gomez"), texts);
    assertTrue(call.params().get("text").contains("128"), call.params().get("text"));
  }

  @Test
  void aDigestOfTheDemoDataSaysSoInsteadOfWolkvox() throws Exception {
    answer("{\"ok\":true,\"channel\":\"C0DIGEST\",\"ts\":\"1763996400.000200\"}");
    StoredTotals wolkvox = DigestFixtures.known();
    StoredTotals demo = new StoredTotals(wolkvox.current(), wolkvox.previous(), wolkvox.fetchedAt(), false, 0, "demo");
    DigestMessage m = DigestFixtures.message("C0DIGEST", false);
    poster.postDigest(new DigestMessage(m.workspace(), m.channelId(), m.day(), m.zone(), m.periods(), demo, false));
    String texts = ViewTexts.of(slack.next("chat.postMessage").params().get("blocks"));
    assertTrue(texts.contains("Demo data, not from wolkvox."), texts);
    assertFalse(texts.contains("fetched from wolkvox"), texts);
  }

  @Test
  void theDigestIsInTheWorkspaceLanguageAndSendNowSaysSo() throws Exception {
    settings.save(DigestFixtures.connected("es"));
    assertInstanceOf(PostOutcome.Posted.class, poster.postDigest(DigestFixtures.message("C0DIGEST", true)));
    String texts = ViewTexts.of(slack.next("chat.postMessage").params().get("blocks"));
    assertTrue(texts.contains("Clics del día · lunes, 23 de noviembre de 2026 (America/Bogota)"), texts);
    assertTrue(texts.contains("Enviado con *Enviar ahora*"), texts);
  }

  @Test
  void notesAreShortTranslatedMessages() throws Exception {
    settings.save(DigestFixtures.connected("pt"));
    DigestNote note = new DigestNote(DigestFixtures.WORKSPACE, "C0DIGEST", DigestFixtures.DAY, DigestFixtures.BOGOTA,
        DigestNote.Kind.NO_CLICKS);
    assertInstanceOf(PostOutcome.Posted.class, poster.postNote(note));
    assertEquals(":zzz: Nenhum clique de WhatsApp em segunda-feira, 23 de novembro de 2026 (America/Bogota).",
        slack.next("chat.postMessage").params().get("text"));

    settings.save(DigestFixtures.connected("en"));
    poster.postNote(new DigestNote(DigestFixtures.WORKSPACE, "C0DIGEST", DigestFixtures.DAY, DigestFixtures.BOGOTA,
        DigestNote.Kind.QUOTA_EXCEEDED));
    assertTrue(slack.next("chat.postMessage").params().get("text").contains("daily wolkvox quota of the token is spent"));
  }

  @Test
  void notInChannelAsksForAnInvitation() {
    answer("{\"ok\":false,\"error\":\"not_in_channel\"}");
    assertEquals(new PostOutcome.NotInChannel(), poster.postDigest(DigestFixtures.message("G0PRIVATE", false)));
  }

  @Test
  void anArchivedOrMissingChannelIsGone() {
    answer("{\"ok\":false,\"error\":\"is_archived\"}");
    assertEquals(new PostOutcome.ChannelGone("is_archived"), poster.postDigest(DigestFixtures.message("C0OLD", false)));
    answer("{\"ok\":false,\"error\":\"channel_not_found\"}");
    assertEquals(new PostOutcome.ChannelGone("channel_not_found"),
        poster.postDigest(DigestFixtures.message("C0GONE", false)));
  }

  @Test
  void http429IsRateLimitedForRetryAfter() {
    slack.on("chat.postMessage", c -> new SlackStandIn.Answer(429, Map.of("Retry-After", "7"),
        "{\"ok\":false,\"error\":\"ratelimited\"}"));
    assertEquals(new PostOutcome.RateLimited(Duration.ofSeconds(7)),
        poster.postDigest(DigestFixtures.message("C0DIGEST", false)));
  }

  @Test
  void anyOtherErrorIsAFailureWithSlacksCode() {
    answer("{\"ok\":false,\"error\":\"invalid_blocks\"}");
    assertEquals(new PostOutcome.OtherFailure("invalid_blocks"),
        poster.postDigest(DigestFixtures.message("C0DIGEST", false)));
  }

  @Test
  void noAnswerAfterSendingIsUnclear() {
    slack.on("chat.postMessage", c -> {
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return SlackStandIn.Answer.ok("{\"ok\":true,\"ts\":\"1.2\"}");
    });
    PostOutcome outcome = poster.postDigest(DigestFixtures.message("C0DIGEST", false));
    assertInstanceOf(PostOutcome.Unclear.class, outcome, outcome.toString());
  }

  @Test
  void aBrokenAnswerIsUnclear() {
    slack.on("chat.postMessage", c -> new SlackStandIn.Answer(502, Map.of(), "<html>bad gateway</html>"));
    assertEquals(new PostOutcome.Unclear("http_502"), poster.postDigest(DigestFixtures.message("C0DIGEST", false)));
  }

  @Test
  void aSlackThatCannotBeReachedIsAFailureNotUnclear() {
    slack.close();
    assertEquals(new PostOutcome.OtherFailure("unreachable"),
        poster.postDigest(DigestFixtures.message("C0DIGEST", false)));
  }
}
