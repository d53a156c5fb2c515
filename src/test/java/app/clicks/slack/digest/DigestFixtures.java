package app.clicks.slack.digest;

import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestRunner;
import app.clicks.report.AdCount;
import app.clicks.report.Totals;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.store.StoredTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Known digest numbers and settings for the Slack side of the digest tests. */
final class DigestFixtures {
  static final WorkspaceKey WORKSPACE = new WorkspaceKey("", HomePayloads.TEAM);
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static final String TOKEN = "wolkvox-Tok3n-5ecret-7f3a9c";

  private DigestFixtures() {}

  /** A day with {@code clicks} clicks on one ad and one agent, and {@code chats} chats. */
  static Totals totals(long clicks, long chats) {
    return new Totals(clicks, chats, 0,
        clicks == 0 ? List.of() : List.of(new AdCount("120210000000001", "", "ad", "video", clicks)),
        clicks == 0 ? Map.of() : Map.of("ana.gomez", clicks), Map.of(), Map.of(), Collections.nCopies(24, 0L));
  }

  /** 128 clicks (120 chats) against 100 (96) the day before. */
  static StoredTotals known() {
    return new StoredTotals(totals(128, 120), totals(100, 96), Instant.parse("2026-11-24T13:05:00Z"), false, 1);
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
