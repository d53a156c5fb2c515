package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.RunResult;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "done" scenario, tried as a new user would: an admin sets a digest a few seconds ahead in the App
 * Home, and exactly one digest with the right numbers reaches the chosen channel. Run on H2 and on PostgreSQL.
 */
abstract class DigestDeliveryContract extends DigestScenario {
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

    String home = homeTabWithALastRun(first);
    assertTrue(home.contains(": :white_check_mark: posted."), home);
    assertTrue(home.contains("*Next:* <!date^" + at.plusDays(1).toEpochSecond()), home);
  }

  @Test
  void sendNowPostsAtOnceAndDoesNotBlockTheScheduledRun() throws Exception {
    ZonedDateTime at = aMomentAhead().plusSeconds(4);
    setDigestAt(first, at);
    first.interaction(DigestPayloads.menu(ADMIN, "SEND_NOW", firstId(first)));
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
