package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DeliveryLog;
import app.clicks.digest.DigestChart;
import app.clicks.digest.DigestFiring;
import app.clicks.digest.DigestOutcome;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.DigestSettings;
import app.clicks.digest.SubscriptionStore;
import app.clicks.digest.Subscription;
import app.clicks.digest.DigestStores;
import app.clicks.digest.DigestTiming;
import app.clicks.digest.DigestTriggers;
import app.clicks.digest.PostOutcome;
import app.clicks.digest.RetryPolicy;
import app.clicks.digest.RunResult;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.SlackStandIn.Answer;
import app.clicks.testing.FakeClickReader;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digest's chart against the Slack stand-in: join, the upload flow into the thread, and each step failing. */
class DigestChartUploadTest {
  static final String TS = "1763996400.000200";

  SlackStandIn slack;
  FakeSettingsStore settings;
  SlackDigestPoster poster;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    settings = new FakeSettingsStore();
    settings.save(DigestFixtures.connected("es"));
    poster = SlackDigestPoster.create(HomeHarness.BOT_TOKEN, slack.apiUrl(), Duration.ofSeconds(2), settings);
    slack.on("chat.postMessage", c -> Answer.ok("{\"ok\":true,\"channel\":\"C0DIGEST\",\"ts\":\"" + TS + "\"}"));
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  DigestChart chart() {
    return new DigestChart(DigestFixtures.message("C0DIGEST", false), TS, () -> true);
  }

  List<String> calls() {
    return slack.methods().stream().filter(m -> !m.equals("auth.test")).toList();
  }

  @Test
  void joinsThenUploadsAPngIntoTheDigestsThread() throws Exception {
    assertEquals(new PostOutcome.Posted("F0001"), poster.postChart(chart()));

    assertEquals(List.of("conversations.join", "files.getUploadURLExternal", "files.completeUploadExternal"),
        calls());
    assertEquals("C0DIGEST", slack.next("conversations.join").params().get("channel"));
    assertTrue(slack.next("files.getUploadURLExternal").params().get("filename").endsWith("2026-11-23.png"));
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(slack.nextUpload().bytes()));
    assertEquals(1000, png.getWidth());
    assertEquals(500, png.getHeight());
    SlackStandIn.Call done = slack.next("files.completeUploadExternal");
    assertEquals("C0DIGEST", done.params().get("channel_id"));
    assertEquals(TS, done.params().get("thread_ts"));
    assertTrue(done.params().get("files").contains("Gráfico de clics"), "the workspace's language");
  }

  @Test
  void aPrivateChannelThatCannotBeJoinedStillGetsTheChart() {
    slack.on("conversations.join", c -> Answer.ok(
        "{\"ok\":false,\"error\":\"method_not_supported_for_channel_type\"}"));
    assertEquals(new PostOutcome.Posted("F0001"), poster.postChart(chart()));
  }

  @Test
  void eachStepsFailureIsTyped() {
    slack.on("files.getUploadURLExternal", c -> Answer.ok("{\"ok\":false,\"error\":\"missing_scope\","
        + "\"needed\":\"files:write\"}"));
    assertEquals(new PostOutcome.OtherFailure("missing_scope files:write"), poster.postChart(chart()));
    slack.on("files.getUploadURLExternal", c -> new Answer(429, Map.of("Retry-After", "4"), "{\"ok\":false}"));
    assertEquals(new PostOutcome.RateLimited(Duration.ofSeconds(4)), poster.postChart(chart()));
    slack.on("files.getUploadURLExternal", c -> Answer.ok("{\"ok\":true,\"upload_url\":\"" + slack.uploadUrl("F9")
        + "\",\"file_id\":\"F9\"}"));
    slack.onUpload(b -> new Answer(500, Map.of(), ""));
    assertEquals(new PostOutcome.OtherFailure("http_500"), poster.postChart(chart()));
    slack.onUpload(b -> new Answer(200, Map.of(), "OK"));
    slack.on("files.completeUploadExternal", c -> Answer.ok("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    assertEquals(new PostOutcome.NotInChannel(), poster.postChart(chart()));
    slack.on("files.completeUploadExternal", c -> new Answer(503, Map.of(), ""));
    assertEquals(new PostOutcome.Unclear("http_503"), poster.postChart(chart()));
  }

  /** A failure at any step of the chart leaves the digest's text posted once, and the chart failed in the log. */
  @ParameterizedTest
  @ValueSource(strings = {"conversations.join", "files.getUploadURLExternal", "upload", "files.completeUploadExternal"})
  void theDigestsTextIsPostedWhicheverStepOfTheChartFails(String step) {
    if (step.equals("upload")) {
      slack.onUpload(b -> new Answer(403, Map.of(), "expired"));
    } else {
      slack.on(step, c -> Answer.ok("{\"ok\":false,\"error\":\"" + (step.startsWith("conv") ? "not_in_channel"
          : "invalid_arguments") + "\"}"));
    }
    WorkspaceKey key = DigestFixtures.WORKSPACE;
    Instant scheduled = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, DigestFixtures.BOGOTA).toInstant();
    try (HikariDataSource db = TestDatabases.h2()) {
      SubscriptionStore schedules = new SubscriptionStore(db);
      DeliveryLog log = new DeliveryLog(db);
      long sub = schedules.insert(Subscription.daily(key, "C0DIGEST", LocalTime.of(8, 0), DigestFixtures.BOGOTA),
          Instant.EPOCH, 20).orElseThrow().id();
      DigestRunner runner = new DigestRunner(new DigestStores(schedules, log, settings),
          FakeClickReader.answering(42, 40), poster, new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS,
              d -> { }, Clock.fixed(scheduled.plusSeconds(2), ZoneOffset.UTC)));
      DigestTriggers none = new DigestTriggers() {
        @Override
        public void scheduleRetry(long k, Instant t, int retry, Instant at, Instant until) {}

        @Override
        public void unschedule(long k) {}
      };
      RunResult run = runner.run(DigestFiring.scheduled(sub, scheduled, "t"), none);

      assertEquals(DigestOutcome.POSTED, run.outcome());
      assertEquals(1, calls().stream().filter("chat.postMessage"::equals).count());
      boolean joinFailedOnly = step.equals("conversations.join");
      assertEquals(joinFailedOnly ? DeliveryLog.ChartState.POSTED : DeliveryLog.ChartState.FAILED,
          log.findChart(key, DeliveryLog.slack(sub), run.day()).orElseThrow().state());
    }
  }
}
