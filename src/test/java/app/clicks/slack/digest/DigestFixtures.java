package app.clicks.slack.digest;

import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestRunner;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.store.StoredTotals;
import app.clicks.testing.TestTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Known digest numbers and settings for the Slack side of the digest tests. */
final class DigestFixtures {
  static final WorkspaceKey WORKSPACE = new WorkspaceKey("", HomePayloads.TEAM);
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static final String TOKEN = "wolkvox-Tok3n-5ecret-7f3a9c";

  private DigestFixtures() {}

  /** 128 clicks (120 chats) against 100 (96) the day before. */
  static StoredTotals known() {
    return new StoredTotals(TestTotals.day(128, 120), TestTotals.day(100, 96), Instant.parse("2026-11-24T13:05:00Z"), false, 1);
  }

  static DigestMessage message(String channel, boolean sendNow) {
    return new DigestMessage(WORKSPACE, channel, DAY, BOGOTA, DigestRunner.periodsOf(DAY, BOGOTA), known(), sendNow);
  }

  static WorkspaceSettings connected(String lang) {
    return connected(lang, BOGOTA);
  }

  static WorkspaceSettings connected(String lang, ZoneId zone) {
    return new WorkspaceSettings(WORKSPACE, "0042", TOKEN, TokenState.OK, zone, Locale.forLanguageTag(lang),
        "U0ADMIN", Instant.parse("2026-11-20T12:00:00Z"));
  }
}
