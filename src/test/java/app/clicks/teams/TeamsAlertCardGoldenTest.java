package app.clicks.teams;

import static app.clicks.teams.TeamsCardGoldenTest.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertDeliveryLog.Kind;
import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.AlertRule;
import app.clicks.alerts.BusinessHours;
import app.clicks.alerts.Finding;
import app.clicks.settings.WorkspaceKey;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An alert and its "back to normal" as Teams gets them (a card each: a Workflows webhook gives no message id to reply
 * to), in English and Spanish: golden files under src/test/resources/golden.
 */
class TeamsAlertCardGoldenTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final BusinessHours HOURS = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(20, 0),
      EnumSet.allOf(DayOfWeek.class), BOGOTA);
  /** Monday 2026-11-23 12:15 in Bogota. */
  static final Instant CHECK = Instant.parse("2026-11-23T17:15:00Z");
  static final TeamsTexts EN = TeamsTexts.of(Locale.ENGLISH);
  static final TeamsTexts ES = TeamsTexts.of(Locale.forLanguageTag("es"));

  static AlertMessage silence(Kind kind) {
    Finding.SilenceFacts f = new Finding.SilenceFacts(Instant.parse("2026-11-23T15:05:00Z"), Duration.ofMinutes(130),
        7, 41L);
    return new AlertMessage(TEAM, null, kind, AlertRule.SILENCE, f, HOURS, null, null, CHECK);
  }

  static AlertMessage adStopped() {
    Finding.AdFacts f = new Finding.AdFacts("120210", "https://fb.me/120210", 84,
        Instant.parse("2026-11-22T23:00:00Z"), Duration.ofHours(4));
    return new AlertMessage(TEAM, null, Kind.ALERT, AlertRule.AD_STOPPED, f, HOURS, "Black Friday [video]", null,
        CHECK);
  }

  static AlertMessage drop() {
    Finding.DropFacts f = new Finding.DropFacts(9, 41, LocalDateTime.of(2026, 11, 23, 8, 0),
        LocalDateTime.of(2026, 11, 23, 12, 0), 21);
    return new AlertMessage(TEAM, null, Kind.ALERT, AlertRule.DROP, f, HOURS, null, null, CHECK);
  }

  @Test
  void silenceAlertInEnglish() throws IOException {
    assertGolden("teams-alert-silence-en.json", TeamsAlertCard.of(silence(Kind.ALERT), EN));
  }

  @Test
  void silenceAlertInSpanish() throws IOException {
    assertGolden("teams-alert-silence-es.json", TeamsAlertCard.of(silence(Kind.ALERT), ES));
  }

  @Test
  void backToNormalIsACardOfItsOwnInEnglish() throws IOException {
    assertGolden("teams-recovery-silence-en.json", TeamsAlertCard.of(silence(Kind.RECOVERY), EN));
  }

  @Test
  void backToNormalIsACardOfItsOwnInSpanish() throws IOException {
    assertGolden("teams-recovery-silence-es.json", TeamsAlertCard.of(silence(Kind.RECOVERY), ES));
  }

  @Test
  void anAdThatStoppedIsNamedAndLinkedInEnglish() throws IOException {
    assertGolden("teams-alert-ad-en.json", TeamsAlertCard.of(adStopped(), EN));
  }

  @Test
  void anAdThatStoppedIsNamedAndLinkedInSpanish() throws IOException {
    assertGolden("teams-alert-ad-es.json", TeamsAlertCard.of(adStopped(), ES));
  }

  @Test
  void aDropInEnglish() throws IOException {
    assertGolden("teams-alert-drop-en.json", TeamsAlertCard.of(drop(), EN));
  }

  @Test
  void everyAlertCardIsVersionOnePointFourInTheWorkflowsEnvelopeAndSmall() {
    for (AlertMessage m : new AlertMessage[] {silence(Kind.ALERT), silence(Kind.RECOVERY), adStopped(), drop()}) {
      JsonObject envelope = TeamsAlertCard.of(m, EN);
      assertEquals("message", envelope.getString("type"));
      JsonObject attachment = envelope.getJsonArray("attachments").getJsonObject(0);
      assertEquals("application/vnd.microsoft.card.adaptive", attachment.getString("contentType"));
      JsonObject card = attachment.getJsonObject("content");
      assertEquals("AdaptiveCard", card.getString("type"));
      assertEquals("1.4", card.getString("version"));
      assertEquals("Action.OpenUrl", card.getJsonArray("actions").getJsonObject(0).getString("type"));
      int bytes = TeamsCard.compact(envelope).getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes < 4_000, bytes + " bytes");
    }
  }

  @Test
  void theAdsLinkIsTheButtonAndItsNameCannotBreakTheMarkdown() {
    String json = TeamsCard.compact(TeamsAlertCard.of(adStopped(), EN));
    assertTrue(json.contains("\"url\":\"https://fb.me/120210\""), json);
    assertTrue(json.contains("**Black Friday (video)** (120210)"), json);
    String silent = TeamsCard.compact(TeamsAlertCard.of(silence(Kind.ALERT), EN));
    assertTrue(silent.contains("\"url\":\"https://www.wolkvox.com/\""), silent);
    assertFalse(TeamsCard.compact(TeamsAlertCard.of(silence(Kind.RECOVERY), EN)).contains("Look at"),
        "back to normal needs no checklist");
  }
}
