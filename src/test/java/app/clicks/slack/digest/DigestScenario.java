package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.TestKeys;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A digest scenario's stage: a Slack stand-in, a migrated database, one app instance with wolkvox connected, and
 * the steps an admin takes (set the digest a few seconds ahead through the modal).
 */
abstract class DigestScenario {
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
    cipherKey = TestKeys.newKey();
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
    return ZonedDateTime.now(BOGOTA).plusSeconds(5).withNano(0);
  }

  void setDigestAt(DigestHarness instance, ZonedDateTime at) throws Exception {
    String body = instance.interaction(DigestPayloads.submission(ADMIN, new DigestPayloads.Form("C0DIGEST", "DAILY",
        EVERY_DAY, null, null, HH_MM_SS.format(at), "ALL", "POST_NOTE", null, "on"), "0|" + BOGOTA.getId())).body();
    assertTrue(body.isEmpty(), "the modal closes: " + body);
  }

  /** The id of the workspace's first subscription. */
  long firstId(DigestHarness instance) {
    return instance.subscriptions.list(DigestFixtures.WORKSPACE).get(0).subscription().id();
  }

  /** The admin's Home tab once it shows a last run. */
  String homeTabWithALastRun(DigestHarness instance) throws Exception {
    instance.event(HomePayloads.homeOpened(ADMIN));
    String home = "";
    while (!home.contains("*Last:* <!date")) {
      home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    }
    return home;
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
}
