package app.clicks.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.RunResult;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "done" scenario, tried as a new user would: an admin sets a digest a few seconds ahead in the App
 * Home, and exactly one digest with the right numbers reaches the chosen channel. Run on H2 and on PostgreSQL.
 */
abstract class DigestDeliveryContract {
  static final String ADMIN = "U0ADMIN";
  static final ZoneId BOGOTA = DigestFixtures.BOGOTA;
  static final List<String> EVERY_DAY =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
  static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  SlackStandIn slack;
  HikariDataSource db;
  String cipherKey;
  DigestHarness first;

  abstract HikariDataSource database();

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user(ADMIN, true, "en-US");
    slack.on("chat.postMessage",
        c -> SlackStandIn.Answer.ok("{\"ok\":true,\"channel\":\"C0DIGEST\",\"ts\":\"1763996400.000200\"}"));
    db = database();
    cipherKey = HomeHarness.newKey();
    first = new DigestHarness(slack, db, cipherKey, BOGOTA);
    first.settings.save(DigestFixtures.connected("en", BOGOTA));
  }

  @AfterEach
  void stop() throws Exception {
    first.close();
    slack.close();
    db.close();
  }

  /** A time of day a few seconds ahead, to the second (Slack's timepicker gives minutes; the form takes seconds). */
  static ZonedDateTime aMomentAhead() {
    return ZonedDateTime.now(BOGOTA).plusSeconds(4).withNano(0);
  }

  void setDigestAt(DigestHarness instance, ZonedDateTime at) throws Exception {
    String body = instance.interaction(DigestPayloads.submission(ADMIN, "C0DIGEST", HH_MM_SS.format(at), EVERY_DAY,
        "POST_NOTE", "on", BOGOTA.getId())).body();
    assertTrue(body.isEmpty(), "the modal closes: " + body);
  }

  long posts() {
    return slack.methods().stream().filter("chat.postMessage"::equals).count();
  }

  static void assertTheRightDigest(SlackStandIn.Call post, LocalDate day) {
    assertEquals("C0DIGEST", post.params().get("channel"));
    String texts = ViewTexts.of(post.params().get("blocks"));
    assertTrue(texts.contains("Daily clicks · " + DigestTexts.longDate(day, DigestTexts.of(java.util.Locale.ENGLISH))
        + " (America/Bogota)"), texts);
    assertTrue(texts.contains("*Clicks*\n128  +28 (+28.0%)"), texts);
    assertTrue(texts.contains("*Chats*\n120  +24 (+25.0%)"), texts);
  }

  @Test
  void aDigestSetAMomentAheadPostsOnceWithTheRightNumbers() throws Exception {
    ZonedDateTime at = aMomentAhead();
    setDigestAt(first, at);
    LocalDate day = at.toLocalDate().minusDays(1);

    RunResult run = first.nextRun(30);
    assertEquals(DigestOutcome.POSTED, run.outcome(), run.toString());
    assertEquals(day, run.day());
    assertTheRightDigest(slack.next("chat.postMessage"), day);
    assertEquals(1, posts());
    assertEquals(List.of(DigestRunner.periodsOf(day, BOGOTA)), first.reader.asked);

    first.event(HomePayloads.homeOpened(ADMIN));
    String home = "";
    while (!home.contains("*Last run*")) {
      home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    }
    assertTrue(home.contains("digest of " + day + "): :white_check_mark: posted."), home);
    assertTrue(home.contains("*Next run*\n<!date^" + at.plusDays(1).toEpochSecond()), home);
  }

  @Test
  void sendNowPostsAtOnceAndDoesNotBlockTheScheduledRun() throws Exception {
    ZonedDateTime at = aMomentAhead().plusSeconds(4);
    setDigestAt(first, at);
    first.interaction(HomePayloads.button(ADMIN, DigestActions.SEND_NOW));
    String sentNow = ViewTexts.of(slack.next("chat.postMessage").params().get("blocks"));
    assertTrue(sentNow.contains("Sent with *Send now* from the App Home."), sentNow);

    RunResult run = first.nextRun(30);
    assertEquals(DigestOutcome.POSTED, run.outcome(), run.toString());
    SlackStandIn.Call scheduled = slack.next("chat.postMessage");
    assertTheRightDigest(scheduled, at.toLocalDate().minusDays(1));
    assertTrue(!ViewTexts.of(scheduled.params().get("blocks")).contains("Send now"));
    assertEquals(2, posts(), "one send-now and one scheduled digest");
  }
}
