package app.clicks.slack.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.FileTexts;
import app.clicks.slack.files.FileOutcome.Step;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.SlackStandIn.Answer;
import app.clicks.testing.CapturedLogs;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload flow against the Slack stand-in: every step in order, and what each step's failure comes to. */
class SlackFilesTest {
  static final String TOKEN = "xoxb-files-test-token";
  static final byte[] PNG = "\u0089PNG fake bytes of a chart".getBytes(StandardCharsets.ISO_8859_1);

  SlackStandIn slack;
  SlackFiles files;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    files = SlackFiles.of(BoltApps.methods(TOKEN, slack.apiUrl(), Duration.ofSeconds(2)), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  /** The Web API methods called, without Bolt's own auth.test. */
  List<String> calls() {
    return slack.methods().stream().filter(m -> !m.equals("auth.test")).toList();
  }

  FileUpload chart() {
    return new FileUpload("C0DIGEST", "1763996400.000200", "clicks-2026-11-23.png", "Clicks chart", "Clicks",
        FileBody.of(PNG));
  }

  @Test
  void asksForAnUrlWithTheLengthSendsTheBytesThenSharesIntoTheThread() throws Exception {
    FileOutcome outcome = files.upload(chart());

    assertEquals(new FileOutcome.Ok("F0001"), outcome);
    assertEquals(List.of("files.getUploadURLExternal", "files.completeUploadExternal"), calls());
    SlackStandIn.Call url = slack.next("files.getUploadURLExternal");
    assertEquals("clicks-2026-11-23.png", url.params().get("filename"));
    assertEquals(String.valueOf(PNG.length), url.params().get("length"));
    assertEquals("Bearer " + TOKEN, url.authorization());
    SlackStandIn.Upload sent = slack.nextUpload();
    assertEquals("F0001", sent.fileId());
    assertArrayEquals(PNG, sent.bytes());
    assertEquals(String.valueOf(PNG.length), sent.contentLength(), "streamed with its length, not chunked");
    SlackStandIn.Call done = slack.next("files.completeUploadExternal");
    assertEquals("C0DIGEST", done.params().get("channel_id"));
    assertEquals("1763996400.000200", done.params().get("thread_ts"));
    assertEquals("Clicks", done.params().get("initial_comment"));
    assertTrue(done.params().get("files").contains("\"id\":\"F0001\""), done.params().get("files"));
    assertTrue(done.params().get("files").contains("Clicks chart"), done.params().get("files"));
  }

  @Test
  void streamsAFileFromDiskAndLeavesOutTheThreadWhenThereIsNone(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("clicks.csv");
    byte[] bytes = new byte[300_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    Files.write(csv, bytes);
    FileOutcome outcome = files.upload(new FileUpload("DU1", null, "clicks.csv", "Clicks", null, FileBody.of(csv)));
    assertTrue(outcome.ok(), outcome.toString());
    assertArrayEquals(bytes, slack.nextUpload().bytes());
    assertNull(slack.next("files.completeUploadExternal").params().get("thread_ts"));
  }

  @Test
  void aMissingScopeAtTheFirstStepSaysWhichAndNothingIsSent() throws Exception {
    slack.on("files.getUploadURLExternal", c -> Answer.ok(
        "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:write\",\"provided\":\"chat:write\"}"));
    FileOutcome outcome = files.upload(chart());
    assertEquals(new FileOutcome.MissingScope(Step.GET_UPLOAD_URL, "files:write"), outcome);
    assertEquals(List.of("files.getUploadURLExternal"), calls());
    String said = FileTexts.problem(outcome, FileTexts.of(Locale.ENGLISH));
    assertTrue(said.contains("reinstall the app") && said.contains("files:write"), said);
    assertFalse(said.contains("missing_scope"), said);
    assertTrue(FileTexts.problem(outcome, FileTexts.of(Locale.forLanguageTag("es"))).contains("reinstale"));
  }

  @Test
  void aRateLimitAtTheFirstStepCarriesSlacksRetryAfter() {
    slack.on("files.getUploadURLExternal", c -> new Answer(429, Map.of("Retry-After", "7"),
        "{\"ok\":false,\"error\":\"ratelimited\"}"));
    assertEquals(new FileOutcome.RateLimited(Step.GET_UPLOAD_URL, Duration.ofSeconds(7)), files.upload(chart()));
  }

  @Test
  void bytesRefusedByTheUploadUrlStopTheFlowBeforeSharing() throws Exception {
    slack.onUpload(b -> new Answer(500, Map.of(), "nope"));
    assertEquals(new FileOutcome.Failed(Step.UPLOAD, "http_500", false), files.upload(chart()));
    assertEquals(List.of("files.getUploadURLExternal"), calls());

    slack.onUpload(b -> new Answer(429, Map.of("Retry-After", "3"), ""));
    assertEquals(new FileOutcome.RateLimited(Step.UPLOAD, Duration.ofSeconds(3)), files.upload(chart()));
  }

  @Test
  void notInChannelAtTheLastStepIsTyped() {
    slack.on("files.completeUploadExternal", c -> Answer.ok("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    assertEquals(new FileOutcome.NotInChannel(Step.COMPLETE), files.upload(chart()));
  }

  @Test
  void anotherErrorAtTheLastStepIsClearButNoAnswerThereIsUnclear() {
    slack.on("files.completeUploadExternal", c -> Answer.ok("{\"ok\":false,\"error\":\"invalid_channel\"}"));
    assertEquals(new FileOutcome.Failed(Step.COMPLETE, "invalid_channel", false), files.upload(chart()));

    slack.on("files.completeUploadExternal", c -> new Answer(502, Map.of(), "bad gateway"));
    assertEquals(new FileOutcome.Failed(Step.COMPLETE, "http_502", true), files.upload(chart()));
  }

  @Test
  void aCallerCanStopJustBeforeTheFileIsShared() {
    FileUpload u = new FileUpload("C1", null, "a.png", "a", null, FileBody.of(PNG), () -> false);
    assertEquals(new FileOutcome.Failed(Step.COMPLETE, "stopped", false), files.upload(u));
    assertEquals(List.of("files.getUploadURLExternal"), calls());
  }

  @Test
  void joinsOpensAndTellsMembership() throws Exception {
    assertEquals(new FileOutcome.Ok("C1"), files.join("C1"));
    assertEquals("C1", slack.next("conversations.join").params().get("channel"));
    assertEquals(new FileOutcome.Ok("DU7"), files.openDm("U7"));
    assertEquals("U7", slack.next("conversations.open").params().get("users"));
    assertEquals(new FileOutcome.Ok("C1"), files.membership("C1"));

    slack.on("conversations.info", c -> Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"C2\",\"is_member\":false}}"));
    assertEquals(new FileOutcome.NotInChannel(Step.INFO), files.membership("C2"));
    slack.on("conversations.join", c -> Answer.ok("{\"ok\":false,\"error\":\"missing_scope\"}"));
    assertEquals(new FileOutcome.MissingScope(Step.JOIN, "channels:join"), files.join("C2"));
    slack.on("conversations.open", c -> Answer.ok("{\"ok\":false,\"error\":\"missing_scope\"}"));
    assertEquals(new FileOutcome.MissingScope(Step.OPEN, "im:write"), files.openDm("U7"));
  }

  @Test
  void neitherTheTokenNorTheSignedUploadUrlReachesTheLog() {
    slack.on("files.completeUploadExternal", c -> Answer.ok("{\"ok\":false,\"error\":\"invalid_channel\"}"));
    slack.onUpload(b -> new Answer(403, Map.of(), "expired"));
    try (CapturedLogs logs = CapturedLogs.root(Level.DEBUG)) {
      files.upload(chart());
      slack.onUpload(b -> new Answer(200, Map.of(), "OK"));
      files.upload(chart());
      for (ILoggingEvent e : logs.events()) {
        String line = e.getFormattedMessage();
        assertFalse(line.contains(TOKEN) || line.contains("/upload/") || line.contains("secret-signature"), line);
      }
      assertFalse(logs.events().isEmpty());
    }
  }
}
