package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.store.ClickStore;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.Window;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many people at once: a burst is answered, not refused; one fetch of a day for everyone; progress on long fetches;
 * "busy" only as a last resort, with its reason.
 */
class BurstTest {
  private static final Clock CLOCK = Clock.fixed(BotHarness.NOW, ZoneOffset.UTC);

  /** Clicks on each of the 100 days before NOW, a few a day. */
  private static FakeClickSource wolkvox() {
    FakeClickSource source = new FakeClickSource();
    for (int d = 0; d < 100; d++) {
      source.add(FakeClickSource.chats(3, BotHarness.NOW.minus(Duration.ofDays(d)).minusSeconds(3600)));
    }
    return source;
  }

  @Test
  void aBurstOf150CommandsFrom25PeopleOver20PeriodsIsAnsweredWithOneFetchOfEachDay() throws Exception {
    FakeClickSource source = wolkvox();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    source.pause = w -> {
      inside.countDown();
      assertTrue(release.await(60, TimeUnit.SECONDS));
    };
    ClickStore store = new ClickStore(TestDatabases.h2(), source, StoreSettings.DEFAULTS, CLOCK);
    try (BotHarness bot = new BotHarness(4, AnswerLanes.MAX_WAITING, store, null)) {
      bot.connect(Locale.ENGLISH);
      List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        String words = i % 20 == 0 ? "yesterday" : "last " + (i % 20 + 1) + " days";
        acks.add(bot.http.sendAsync(bot.commandRequest(words, "U" + (i % 25), "r" + i),
            HttpResponse.BodyHandlers.ofString()));
        if (i == 0) {
          assertTrue(inside.await(30, TimeUnit.SECONDS), "the first fetch is under way, blocked");
        }
      }
      for (CompletableFuture<HttpResponse<String>> ack : acks) {
        String body = ack.get(30, TimeUnit.SECONDS).body();
        assertFalse(body.contains("cannot take"), body);
      }
      release.countDown();

      int summaries = 0;
      for (int i = 0; i < 150; i++) {
        String answer = bot.slack.nextResponse("r" + i);
        if (answer.contains(ShareAction.ACTION_ID)) {
          summaries++;
        }
      }
      assertEquals(150, summaries);
      Set<LocalDate> fetched = new HashSet<>();
      for (Window w : source.windows) {
        for (LocalDate d = w.from().toLocalDate(); !d.isAfter(w.to().toLocalDate()); d = d.plusDays(1)) {
          assertTrue(fetched.add(d), "no day is fetched twice: " + d + " in " + source.windows);
        }
      }
      assertEquals(1, source.maxInFlight.get());
    }
  }

  /** A fetch blocked in wolkvox does not hold back a request whose days are stored. */
  @Test
  void aStoredPeriodIsAnsweredWhileAFetchIsBlocked() throws Exception {
    FakeClickSource source = wolkvox();
    ClickStore store = new ClickStore(TestDatabases.h2(), source, StoreSettings.DEFAULTS, CLOCK);
    try (BotHarness bot = new BotHarness(1, 10, store, null)) {
      bot.connect(Locale.ENGLISH);
      bot.command("yesterday", "U0ANA", "r0");
      assertTrue(bot.slack.nextResponse("r0").contains(ShareAction.ACTION_ID));
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      source.pause = w -> {
        inside.countDown();
        assertTrue(release.await(30, TimeUnit.SECONDS));
      };
      bot.command("last 30 days", "U0LUIS", "r1");
      assertTrue(inside.await(30, TimeUnit.SECONDS));

      HttpResponse<String> ack = bot.command("yesterday", "U0EVA", "r2");
      assertTrue(ack.body().contains("Working on it"), ack.body());
      assertTrue(bot.slack.nextResponse("r2").contains(ShareAction.ACTION_ID), "answered with the fetch blocked");
      assertNull(bot.slack.pollResponse("r1", 0));

      release.countDown();
      assertTrue(bot.slack.nextResponse("r1").contains(ShareAction.ACTION_ID));
    }
  }

  /** A ticker the test fires by hand. */
  private static final class ManualTicker implements Ticker {
    private final List<Runnable> due = new ArrayList<>();

    @Override
    public synchronized void after(Duration delay, Runnable task) {
      assertEquals(AnswerLanes.PROGRESS_EVERY, delay);
      due.add(task);
    }

    /** Runs what is due (10 s have passed); answers how many ran. */
    int fire() {
      List<Runnable> now;
      synchronized (this) {
        now = new ArrayList<>(due);
        due.clear();
      }
      now.forEach(Runnable::run);
      return now.size();
    }
  }

  @Test
  void aLongFetchShowsItsProgressEveryTenSecondsAtMostThreeTimesThenTheAnswer() throws Exception {
    FakeClickSource source = wolkvox();
    Semaphore entered = new Semaphore(0);
    Semaphore go = new Semaphore(0);
    source.pause = w -> {
      entered.release();
      assertTrue(go.tryAcquire(30, TimeUnit.SECONDS));
    };
    ManualTicker ticker = new ManualTicker();
    ClickStore store = new ClickStore(TestDatabases.h2(), source, StoreSettings.DEFAULTS, CLOCK);
    // A direct fast lane: the sync has started when the acknowledgement is sent.
    try (BotHarness bot = new BotHarness(1, 1, store, work -> new AnswerLanes(Runnable::run, ticker, 10))) {
      bot.connect(Locale.ENGLISH);
      HttpResponse<String> ack = bot.command("last 40 days", "U0ANA", "r1");
      assertTrue(ack.body().contains("Fetching 80 days from wolkvox"), ack.body());
      assertTrue(entered.tryAcquire(30, TimeUnit.SECONDS));

      assertEquals(1, ticker.fire());
      assertProgress(bot.slack.nextResponse("r1"), "Fetching 80 days from wolkvox: 0 done");
      go.release();
      assertTrue(entered.tryAcquire(30, TimeUnit.SECONDS));
      assertEquals(1, ticker.fire());
      assertProgress(bot.slack.nextResponse("r1"), "Fetching 80 days from wolkvox: 31 done");
      go.release();
      assertTrue(entered.tryAcquire(30, TimeUnit.SECONDS));
      assertEquals(1, ticker.fire());
      assertProgress(bot.slack.nextResponse("r1"), "Fetching 80 days from wolkvox: 62 done");
      assertEquals(0, ticker.fire(), "three progress posts at most: no more ticks");
      go.release();

      String answer = bot.slack.nextResponse("r1");
      assertTrue(answer.contains(ShareAction.ACTION_ID), answer);
      assertNull(bot.slack.pollResponse("r1", 200), "4 posts in all, of the 5 a response_url takes");
    }
  }

  private static void assertProgress(String post, String start) {
    var json = JsonParser.parseString(post).getAsJsonObject();
    assertTrue(json.get("replace_original").getAsBoolean());
    assertEquals("ephemeral", json.get("response_type").getAsString());
    assertTrue(json.get("text").getAsString().startsWith(start), post);
  }

  @Test
  void pastTheLimitOfWaitingRequestsBusyTellsWhy() throws Exception {
    try (BotHarness bot = new BotHarness(2, 2, null, work -> new AnswerLanes(work, Ticker.NONE, 2))) {
      bot.connect(Locale.ENGLISH);
      bot.reader.gate = new CountDownLatch(1);
      bot.command("", "U0ANA", "r1");
      bot.command("", "U0LUIS", "r2");
      HttpResponse<String> third = bot.command("", "U0EVA", "r3");
      assertTrue(third.body().contains("2 requests are already waiting for wolkvox, the most I keep waiting"),
          third.body());
      bot.reader.gate.countDown();
      assertTrue(bot.slack.nextResponse("r1").contains("yesterday: 3 clicks"));
      assertTrue(bot.slack.nextResponse("r2").contains("yesterday: 3 clicks"));
      HttpResponse<String> fourth = bot.command("", "U0EVA", "r4");
      assertFalse(fourth.body().contains("cannot take"), "answered requests leave room");
      assertTrue(bot.slack.nextResponse("r4").contains("yesterday: 3 clicks"));
    }
  }

  @Test
  void aWaitLongerThanTheResponseUrlLivesIsToldWithItsReason() throws Exception {
    try (BotHarness bot = new BotHarness()) {
      bot.connect(Locale.ENGLISH);
      bot.reader.daysToFetch = 400;
      bot.reader.estimatedWait = Duration.ofMinutes(41);
      bot.command("", "U0ANA", "r1");
      String answer = bot.slack.nextResponse("r1");
      assertTrue(answer.contains("wolkvox would need about 41 minutes to send what was asked before it, and Slack"
          + " lets me answer for 30 minutes only"), answer);
    }
  }
}
