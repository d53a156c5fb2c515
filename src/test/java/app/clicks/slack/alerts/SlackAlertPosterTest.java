package app.clicks.slack.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertDeliveryLog.Kind;
import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.AlertPostOutcome;
import app.clicks.alerts.AlertRule;
import app.clicks.alerts.BusinessHours;
import app.clicks.alerts.Finding;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.testing.FakeSettingsStore;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an alert says, in the channel and in the thread, and what the poster makes of Slack's answers. */
class SlackAlertPosterTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final BusinessHours HOURS = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(20, 0),
      EnumSet.allOf(DayOfWeek.class), BOGOTA);
  /** Monday 2026-11-23 12:15 in Bogota. */
  static final Instant CHECK = Instant.parse("2026-11-23T17:15:00Z");

  SlackStandIn slack;
  SlackAlertPoster poster;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    poster = new SlackAlertPoster(BoltApps.methods(HomeHarness.BOT_TOKEN, slack.apiUrl(), Duration.ofSeconds(5)),
        FakeSettingsStore.connected(TEAM), app.clicks.slack.common.BotTokens.single(HomeHarness.BOT_TOKEN));
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  static AlertMessage silence(Kind kind, String thread) {
    Finding.SilenceFacts f = new Finding.SilenceFacts(Instant.parse("2026-11-23T15:05:00Z"),
        Duration.ofMinutes(130), 7, 41L);
    return new AlertMessage(TEAM, "C0ALERTS", kind, AlertRule.SILENCE, f, HOURS, null, thread, CHECK);
  }

  @Test
  void aSilenceAlertSaysWhatHappenedComparedWithWhatWhatToLookAtAndTheHint() throws Exception {
    slack.on("chat.postMessage", c -> SlackStandIn.Answer.ok("{\"ok\":true,\"ts\":\"1700000000.000100\"}"));
    assertEquals(new AlertPostOutcome.Posted("1700000000.000100"), poster.post(silence(Kind.ALERT, null)));
    SlackStandIn.Call call = slack.next("chat.postMessage");
    String text = call.params().get("text");
    assertEquals(":rotating_light: *No WhatsApp clicks since 10:05* (2 h 10 min, business hours 08:00–20:00"
        + " America/Bogota)", text);
    String blocks = call.params().get("blocks");
    assertTrue(blocks.contains("Same time last Monday: 41 clicks."), blocks);
    assertTrue(blocks.contains("Meta Ads Manager"), blocks);
    assertTrue(blocks.contains("`/clicks today`"), blocks);
    assertNull(call.params().get("thread_ts"));
  }

  @Test
  void backToNormalRepliesInTheAlertsThread() throws Exception {
    poster.post(silence(Kind.RECOVERY, "1700000000.000100"));
    SlackStandIn.Call call = slack.next("chat.postMessage");
    assertEquals("1700000000.000100", call.params().get("thread_ts"));
    assertTrue(call.params().get("text").startsWith(":white_check_mark: *Back to normal*"), call.params().toString());
  }

  @Test
  void anAdAlertNamesTheAdWithItsLink() throws Exception {
    Finding.AdFacts f = new Finding.AdFacts("120210", "https://fb.me/120210", 84, Instant.parse(
        "2026-11-22T23:00:00Z"), Duration.ofHours(4));
    poster.post(new AlertMessage(TEAM, "C0ALERTS", Kind.ALERT, AlertRule.AD_STOPPED, f, HOURS, "Black Friday", null,
        CHECK));
    SlackStandIn.Call call = slack.next("chat.postMessage");
    assertEquals(":no_entry_sign: The ad *Black Friday* (`120210`) has brought *no WhatsApp clicks since Sun 22 Nov"
        + " 18:00* (4 h, business hours 08:00–20:00 America/Bogota)", call.params().get("text"));
    String blocks = call.params().get("blocks");
    assertTrue(blocks.contains("averaged 12.0 clicks a day"), blocks);
    assertTrue(blocks.contains("https://fb.me/120210"), blocks);
  }

  @Test
  void aDropAlertSaysTheShareAndTheWeekEarlier() {
    Finding.DropFacts f = new Finding.DropFacts(9, 41, LocalDateTime.of(2026, 11, 23, 8, 0),
        LocalDateTime.of(2026, 11, 23, 12, 0), 21);
    AlertText.Lines lines = AlertText.of(new AlertMessage(TEAM, "C1", Kind.ALERT, AlertRule.DROP, f, HOURS, null,
        null, CHECK), AlertsTexts.of(Locale.forLanguageTag("es")));
    assertEquals(":chart_with_downwards_trend: *Los clics de WhatsApp bajaron al 21% de una semana antes*: 9 clics"
        + " de 08:00–12:00 hoy (horario laboral 08:00–20:00 America/Bogota)", lines.headline());
    assertEquals("A la misma hora el lunes pasado: 41 clics.", lines.body().get(0));
  }

  @Test
  void a429IsRateLimitedWithItsRetryAfterAndATimeoutIsUnclear() {
    slack.on("chat.postMessage", c -> new SlackStandIn.Answer(429, Map.of("Retry-After", "7"), "{\"ok\":false}"));
    assertEquals(new AlertPostOutcome.RateLimited(Duration.ofSeconds(7)), poster.post(silence(Kind.ALERT, null)));
    slack.on("chat.postMessage", c -> SlackStandIn.Answer.ok("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    assertEquals(new AlertPostOutcome.Failed("not_in_channel"), poster.post(silence(Kind.ALERT, null)));
  }
}
