package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.RunResult;
import app.clicks.digest.SubscriptionStatus;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.testing.TestDatabases;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What Slack's refusals do to a scheduled digest set through the App Home (H2): the Home tab tells the admins about
 * a private channel without the bot, an archived channel turns the digest off, and a 429 is waited out and
 * delivered once.
 */
class DigestProblemsTest extends DigestScenario {
  @Override
  com.zaxxer.hikari.HikariDataSource database() {
    return TestDatabases.h2();
  }

  String homeTab() throws Exception {
    return homeTabWithALastRun(first);
  }

  SubscriptionStatus theSubscription() {
    return first.subscriptions.list(DigestFixtures.WORKSPACE).get(0);
  }

  @Test
  void aPrivateChannelWithoutTheBotAsksTheAdminsToInviteIt() throws Exception {
    slack.on("chat.postMessage", c -> SlackStandIn.Answer.ok("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    setDigestAt(first, aMomentAhead());
    RunResult run = first.nextRun(30);
    assertEquals(DigestOutcome.NOT_IN_CHANNEL, run.outcome(), run.toString());
    assertTrue(theSubscription().nextRun().isPresent(), "still scheduled");
    assertTrue(homeTab().contains("the bot is not in <#C0DIGEST>. Invite it to the private channel"));
  }

  @Test
  void anArchivedChannelTurnsTheDigestOffAndTheHomeTabSaysWhy() throws Exception {
    slack.on("chat.postMessage", c -> SlackStandIn.Answer.ok("{\"ok\":false,\"error\":\"is_archived\"}"));
    setDigestAt(first, aMomentAhead());
    RunResult run = first.nextRun(30);
    assertEquals(DigestOutcome.CHANNEL_GONE, run.outcome(), run.toString());
    SubscriptionStatus status = theSubscription();
    assertFalse(status.subscription().enabled());
    assertEquals(Optional.empty(), status.nextRun());
    String home = homeTab();
    assertTrue(home.contains("channel archived or not found (is_archived): the digest was turned off"), home);
    assertTrue(home.contains(":white_circle: off"), home);
  }

  @Test
  void aRateLimitedFirstPostIsWaitedOutAndDeliveredOnce() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    slack.on("chat.postMessage", c -> tries.incrementAndGet() == 1
        ? new SlackStandIn.Answer(429, Map.of("Retry-After", "2"), "{\"ok\":false,\"error\":\"ratelimited\"}")
        : SlackStandIn.Answer.ok("{\"ok\":true,\"ts\":\"1763996400.000300\"}"));
    ZonedDateTime at = aMomentAhead();
    setDigestAt(first, at);
    RunResult run = first.nextRun(30);
    assertEquals(DigestOutcome.POSTED, run.outcome(), run.toString());
    slack.next("chat.postMessage");
    assertTheRightDigest(slack.next("chat.postMessage"), at.toLocalDate().minusDays(1));
    assertEquals(2, posts(), "the refused try and the delivered one");
  }
}
