package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.DigestSchedule;
import app.clicks.digest.DigestStatus;
import app.clicks.digest.EmptyPolicy;
import app.clicks.digest.LastRun;
import app.clicks.digest.RunResult;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.testing.Golden;
import app.clicks.slack.testing.ViewTexts;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Home tab's digest part and the digest modal are pure functions of their inputs, pinned by golden JSON. */
class DigestViewGoldenTest {
  static final WorkspaceKey KEY = DigestFixtures.WORKSPACE;
  static final ZoneId BOGOTA = DigestFixtures.BOGOTA;
  static final DigestSchedule WEEKDAYS = new DigestSchedule(KEY, "G0PRIVATE", LocalTime.of(7, 30),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), BOGOTA, EmptyPolicy.SKIP, true);
  static final Instant NEXT = Instant.parse("2026-11-25T12:30:00Z");
  static final Instant RAN = Instant.parse("2026-11-24T12:30:02Z");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  static HomeContext ctx(boolean admin, String lang) {
    return new HomeContext(KEY, Optional.empty(), admin ? "U0ADMIN" : "U0MEMBER", admin, Locale.forLanguageTag(lang));
  }

  static View home(HomeContext ctx, DigestStatus status, Optional<SendNowBoard.Entry> sendNow) {
    return HomeView.render(List.of(DigestBlocks.render(ctx, status, sendNow)));
  }

  static DigestStatus notInChannel() {
    return new DigestStatus(Optional.of(WEEKDAYS), Optional.of(NEXT),
        Optional.of(LastRun.of(RAN, DAY, DigestOutcome.NOT_IN_CHANNEL, "G0PRIVATE")));
  }

  static Optional<SendNowBoard.Entry> sentNow() {
    return Optional.of(new SendNowBoard.Entry(Instant.parse("2026-11-24T15:00:00Z"),
        new RunResult(KEY, DAY, DigestOutcome.POSTED, null)));
  }

  @Test
  void anAdminSeesTheScheduleNextRunLastRunAndSendNowInEnglish() throws Exception {
    Golden.assertMatches("digest-home-admin-en.json", home(ctx(true, "en"), notInChannel(), sentNow()));
  }

  @Test
  void aMemberSeesTheScheduleAndTheLastRunInSpanish() throws Exception {
    Golden.assertMatches("digest-home-member-es.json", home(ctx(false, "es"), notInChannel(), Optional.empty()));
  }

  @Test
  void anAdminWithoutADigestIsOfferedToSetOneInSpanish() throws Exception {
    DigestStatus none = new DigestStatus(Optional.empty(), Optional.empty(), Optional.empty());
    Golden.assertMatches("digest-home-admin-none-es.json", home(ctx(true, "es"), none, Optional.empty()));
  }

  @Test
  void theModalPreselectsTheCurrentDigest() throws Exception {
    Golden.assertMatches("digest-modal-change-en.json", DigestModal.form(Optional.of(WEEKDAYS), BOGOTA, Locale.ENGLISH));
  }

  @Test
  void everyLastRunOutcomeIsSaidInWords() {
    for (DigestOutcome o : DigestOutcome.values()) {
      for (String lang : new String[] {"en", "es", "pt"}) {
        DigestStatus s = new DigestStatus(Optional.of(WEEKDAYS), Optional.of(NEXT),
            Optional.of(LastRun.of(RAN, DAY, o, o == DigestOutcome.RETRY_SCHEDULED ? NEXT.toString() : "is_archived")));
        String text = ViewTexts.of(Golden.json(home(ctx(true, lang), s, Optional.empty())));
        assertTrue(!text.contains("digest.outcome"), lang + " " + o + ": " + text);
      }
    }
  }

  @Test
  void theWordsAdminsNeedForEachProblem() {
    assertEquals(":warning: the bot is not in <#G0PRIVATE>. Invite it to the private channel (type /invite @wolkvox "
        + "clicks there).", said(DigestOutcome.NOT_IN_CHANNEL, "G0PRIVATE"));
    assertTrue(said(DigestOutcome.CHANNEL_GONE, "channel_not_found").startsWith(":no_entry: channel archived or not "
        + "found (channel_not_found): the digest was turned off. Slack also says not found for a private channel the "
        + "bot was never invited to: invite it there"));
    assertEquals(":grey_question: unclear: Slack did not confirm the post (SocketTimeoutException); it may be in the "
        + "channel. Not posted again.", said(DigestOutcome.UNCLEAR, "SocketTimeoutException"));
    assertEquals(":hourglass_flowing_sand: wolkvox or Slack failed for now; trying again "
        + SlackDates.of(NEXT) + ".", said(DigestOutcome.RETRY_SCHEDULED, NEXT.toString()));
    assertTrue(said(DigestOutcome.MISSED, "late 420 min").contains("DIGEST_MISFIRE_HOURS"));
    assertTrue(said(DigestOutcome.TOKEN_REJECTED, "TOKEN_REJECTED").contains("Update the token above"));
    assertTrue(said(DigestOutcome.QUOTA_EXCEEDED, "QUOTA_EXCEEDED").contains("quota"));
  }

  static String said(DigestOutcome o, String detail) {
    return DigestBlocks.outcome(o.messageKey(), o, detail, WEEKDAYS, DigestTexts.of(Locale.ENGLISH));
  }
}
