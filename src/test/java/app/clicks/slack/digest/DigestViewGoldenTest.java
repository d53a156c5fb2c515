package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.Cadence;
import app.clicks.digest.Destinations;
import app.clicks.digest.DigestOutcome;
import app.clicks.digest.EmptyPolicy;
import app.clicks.digest.LastRun;
import app.clicks.digest.RunResult;
import app.clicks.digest.Subscription;
import app.clicks.digest.SubscriptionStatus;
import app.clicks.digest.Subscriptions;
import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.Texts;
import app.clicks.slack.testing.Golden;
import app.clicks.slack.testing.ViewTexts;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Home tab's digest part and the subscription modal are pure functions of their inputs, pinned by golden JSON. */
class DigestViewGoldenTest {
  static final WorkspaceKey KEY = DigestFixtures.WORKSPACE;
  static final ZoneId BOGOTA = DigestFixtures.BOGOTA;
  static final Instant NEXT = Instant.parse("2026-11-25T12:30:00Z");
  static final Instant RAN = Instant.parse("2026-11-24T12:30:02Z");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static final KnownSlices KNOWN = SubscriptionsHarness.KNOWN;
  /** Daily on weekdays at 07:30 to a private channel, the whole workspace, nothing posted without clicks. */
  static final Subscription WEEKDAYS = new Subscription(1, KEY, "G0PRIVATE", Cadence.DAILY, LocalTime.of(7, 30),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 0, BOGOTA, Slice.ALL, EmptyPolicy.SKIP, Destinations.SLACK,
      true);
  /** Weekly on Monday at 08:00 in #ventas for routing point 12 (named "WhatsApp Ventas"), also to Teams. */
  static final Subscription VENTAS = new Subscription(2, KEY, "C0VENTAS", Cadence.WEEKLY, LocalTime.of(8, 0),
      Set.of(DayOfWeek.MONDAY), 0, BOGOTA, Slice.routingPoint("12"), EmptyPolicy.POST_NOTE, Destinations.BOTH, true);
  /** Monthly on the 1st in #marketing for ad 120999 (not named), off. */
  static final Subscription MARKETING = new Subscription(3, KEY, "C0MARKETING", Cadence.MONTHLY, LocalTime.of(9, 0),
      Set.of(), 1, BOGOTA, Slice.ad("120999"), EmptyPolicy.POST_NOTE, Destinations.SLACK, false);

  static HomeContext ctx(boolean admin, String lang) {
    return new HomeContext(KEY, Optional.empty(), admin ? "U0ADMIN" : "U0MEMBER", admin, Locale.forLanguageTag(lang));
  }

  static List<LayoutBlock> part(HomeContext ctx, List<SubscriptionStatus> subs, Optional<SendNowBoard.Entry> now) {
    return DigestBlocks.render(ctx, new DigestBlocks.Facts(subs, KNOWN, BOGOTA, now));
  }

  static View home(HomeContext ctx, List<SubscriptionStatus> subs, Optional<SendNowBoard.Entry> now) {
    return HomeView.render(List.of(part(ctx, subs, now)));
  }

  static SubscriptionStatus notInChannel(Subscription s) {
    return new SubscriptionStatus(s, Optional.of(NEXT),
        Optional.of(LastRun.of(RAN, DAY, DigestOutcome.NOT_IN_CHANNEL, s.channelId())));
  }

  static List<SubscriptionStatus> three() {
    return List.of(notInChannel(WEEKDAYS),
        new SubscriptionStatus(VENTAS, Optional.of(NEXT),
            Optional.of(LastRun.of(RAN, DAY, DigestOutcome.POSTED, null))),
        new SubscriptionStatus(MARKETING, Optional.empty(), Optional.empty()));
  }

  static Optional<SendNowBoard.Entry> sentNow(long id) {
    return Optional.of(new SendNowBoard.Entry(id, Instant.parse("2026-11-24T15:00:00Z"),
        new RunResult(KEY, DAY, DigestOutcome.POSTED, null)));
  }

  /** Twenty daily subscriptions, each to its own channel. */
  static List<SubscriptionStatus> twenty() {
    List<SubscriptionStatus> out = new ArrayList<>();
    for (int i = 1; i <= Subscriptions.MAX_PER_WORKSPACE; i++) {
      Subscription s = new Subscription(i, KEY, String.format("C0CHAN%02d", i), Cadence.DAILY, LocalTime.of(6, i),
          Set.of(), 0, BOGOTA, Slice.ALL, EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
      out.add(new SubscriptionStatus(s, Optional.of(NEXT), Optional.of(LastRun.of(RAN, DAY, DigestOutcome.POSTED,
          null))));
    }
    return out;
  }

  @Test
  void anAdminWithoutSubscriptionsIsOfferedToAddOne() throws Exception {
    Golden.assertMatches("digest-home-none-admin-en.json", home(ctx(true, "en"), List.of(), Optional.empty()));
  }

  @Test
  void aMemberWithoutSubscriptionsIsToldThereAreNone() {
    String text = ViewTexts.of(Golden.json(home(ctx(false, "es"), List.of(), Optional.empty())));
    assertTrue(text.contains("Aún no hay suscripciones a resúmenes."), text);
    assertTrue(text.contains("Solo los administradores"), text);
    assertFalse(text.contains("Agregar suscripción"), text);
  }

  @Test
  void anAdminSeesOneSubscriptionWithItsMenuNextRunLastRunAndSendNow() throws Exception {
    SubscriptionStatus one = new SubscriptionStatus(VENTAS, Optional.of(NEXT),
        Optional.of(LastRun.of(RAN, DAY, DigestOutcome.POSTED, null)));
    Golden.assertMatches("digest-home-one-admin-en.json", home(ctx(true, "en"), List.of(one), sentNow(2)));
  }

  @Test
  void aMemberSeesTheListWithoutMenusOrButtonsInSpanish() throws Exception {
    View view = home(ctx(false, "es"), three(), Optional.empty());
    Golden.assertMatches("digest-home-three-member-es.json", view);
    String json = Golden.json(view);
    assertFalse(json.contains(DigestActions.MENU) || json.contains(DigestActions.ADD), json);
  }

  @Test
  void anAdminSeesThreeSubscriptionsInPortuguese() throws Exception {
    Golden.assertMatches("digest-home-three-admin-pt.json", home(ctx(true, "pt"), three(), sentNow(3)));
  }

  @Test
  void twentySubscriptionsStayWithinTheHomeTabsBlocksAndTheAddButtonGivesWayToTheReason() throws Exception {
    List<LayoutBlock> part = part(ctx(true, "en"), twenty(), sentNow(20));
    assertEquals(2 + 2 * Subscriptions.MAX_PER_WORKSPACE + 1, part.size(), "header, intro, 2 a line, the limit");
    assertTrue(part.size() <= 50, "half the Home tab's 100 blocks at most, the other sections share the rest");
    Golden.assertMatches("digest-home-twenty-admin-en.json", HomeView.render(List.of(part)));
    String text = ViewTexts.of(Golden.json(HomeView.render(List.of(part))));
    assertTrue(text.contains("The workspace has 20 subscriptions, the most allowed. Delete one to add another."),
        text);
    assertFalse(Golden.json(HomeView.render(List.of(part))).contains(DigestActions.ADD));
  }

  @Test
  void nineteenSubscriptionsStillOfferToAddOne() {
    String json = Golden.json(home(ctx(true, "en"), twenty().subList(0, 19), Optional.empty()));
    assertTrue(json.contains(DigestActions.ADD), json);
    assertTrue(ViewTexts.of(json).contains("19 of 20 subscriptions"), json);
  }

  @Test
  void theSubscriptionsZoneIsShownWhereItIsNotTheWorkspaces() {
    Subscription lima = new Subscription(4, KEY, "C0LIMA", Cadence.DAILY, LocalTime.of(7, 0), Set.of(), 0,
        ZoneId.of("America/Lima"), Slice.ALL, EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
    String text = ViewTexts.of(Golden.json(home(ctx(true, "en"),
        List.of(new SubscriptionStatus(lima, Optional.empty(), Optional.empty())), Optional.empty())));
    assertTrue(text.contains(
        "Times in America/Bogota, the report timezone of the workspace. 1 of 20 subscriptions."), text);
    assertTrue(text.contains("*<#C0LIMA>* · Daily at 07:00 (America/Lima) · all clicks · :large_green_circle: on"),
        text);
  }

  @Test
  void eachMenuNamesItsSubscriptionAndOffersOnOrOff() {
    JsonObject home = JsonParser.parseString(Golden.json(home(ctx(true, "en"), three(), Optional.empty())))
        .getAsJsonObject();
    String raw = home.toString();
    assertTrue(raw.contains("\"value\":\"CHANGE:2\"") && raw.contains("\"value\":\"OFF:2\"")
        && raw.contains("\"value\":\"SEND_NOW:2\"") && raw.contains("\"value\":\"DELETE:2\""), raw);
    assertTrue(raw.contains("\"value\":\"ON:3\"") && !raw.contains("\"value\":\"OFF:3\""), "MARKETING is off");
  }

  @Test
  void theModalPreselectsTheSubscriptionChanged() throws Exception {
    Golden.assertMatches("digest-modal-change-en.json",
        DigestModal.form(new DigestModal.Input(Optional.of(VENTAS), BOGOTA, KNOWN, true, Locale.ENGLISH)));
  }

  @Test
  void theModalToAddOneSaysTheZoneAndOffersNoTeamsWithoutIt() throws Exception {
    View add = DigestModal.form(
        new DigestModal.Input(Optional.empty(), BOGOTA, KNOWN, false, Locale.forLanguageTag("es")));
    Golden.assertMatches("digest-modal-add-es.json", add);
    String json = Golden.json(add);
    assertFalse(json.contains(DigestActions.DESTINATIONS), json);
    assertTrue(ViewTexts.of(json).contains("Hora del día (America/Bogota)"), json);
    assertEquals("0|America/Bogota", add.getPrivateMetadata());
  }

  @Test
  void theSliceSelectKeepsWithinSlacksLimitsAndAlwaysOffersTheCurrentSlice() {
    List<KnownSlices.Named> rps = new ArrayList<>();
    List<KnownSlices.Named> ads = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      rps.add(new KnownSlices.Named("rp" + i, "Routing point " + i + " " + "x".repeat(90)));
      ads.add(new KnownSlices.Named("ad" + i, null));
    }
    ads.add(new KnownSlices.Named("a".repeat(149), null));
    Subscription current = new Subscription(5, KEY, "C0X", Cadence.DAILY, LocalTime.NOON, Set.of(), 0, BOGOTA,
        Slice.ad("gone-ad"), EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
    View view = DigestModal.form(new DigestModal.Input(Optional.of(current), BOGOTA,
        new KnownSlices(rps, ads), false, Locale.ENGLISH));
    JsonObject slice = view.getBlocks().stream().map(b -> JsonParser.parseString(Golden.json(b)).getAsJsonObject())
        .filter(b -> b.has("block_id") && DigestActions.SLICE.equals(b.get("block_id").getAsString()))
        .findFirst().orElseThrow().getAsJsonObject("element");
    int options = 0;
    for (var g : slice.getAsJsonArray("option_groups")) {
      for (var o : g.getAsJsonObject().getAsJsonArray("options")) {
        options++;
        assertTrue(o.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length() <= 75);
        assertTrue(o.getAsJsonObject().get("value").getAsString().length() <= 150);
      }
    }
    assertEquals(100, options);
    assertEquals("AD:gone-ad", slice.getAsJsonObject("initial_option").get("value").getAsString());
  }

  @Test
  void cadencesInWords() {
    Texts en = DigestTexts.of(Locale.ENGLISH);
    assertEquals("Daily on weekdays", DigestBlocks.cadence(WEEKDAYS, en));
    assertEquals("Daily", DigestBlocks.cadence(daily(Set.of()), en));
    assertEquals("Daily on Mon, Wed",
        DigestBlocks.cadence(daily(Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY)), en));
    assertEquals("Weekly on Monday", DigestBlocks.cadence(VENTAS, en));
    assertEquals("Monthly on the 1st", DigestBlocks.cadence(MARKETING, en));
    assertEquals("Monthly on the 2nd", DigestBlocks.cadence(monthly(2), en));
    assertEquals("Monthly on the 3rd", DigestBlocks.cadence(monthly(3), en));
    assertEquals("Monthly on the 11th", DigestBlocks.cadence(monthly(11), en));
    assertEquals("Monthly on the 22nd", DigestBlocks.cadence(monthly(22), en));
    assertEquals("Monthly on the 28th", DigestBlocks.cadence(monthly(28), en));
    assertEquals("Monthly on the first weekday", DigestBlocks.cadence(monthly(Subscription.FIRST_WEEKDAY), en));
    Texts es = DigestTexts.of(Locale.forLanguageTag("es"));
    assertEquals("Semanal, los lunes", DigestBlocks.cadence(VENTAS, es));
    assertEquals("Mensual, el primer día hábil", DigestBlocks.cadence(monthly(Subscription.FIRST_WEEKDAY), es));
    Texts pt = DigestTexts.of(Locale.forLanguageTag("pt"));
    assertEquals("Mensal, no dia 22", DigestBlocks.cadence(monthly(22), pt));
  }

  @Test
  void slicesByNameWhereNamedElseById() {
    Texts en = DigestTexts.of(Locale.ENGLISH);
    assertEquals("routing point *WhatsApp Ventas*", DigestBlocks.slice(Slice.routingPoint("12"), KNOWN, en));
    assertEquals("routing point `13`", DigestBlocks.slice(Slice.routingPoint("13"), KNOWN, en));
    assertEquals("ad *Black Friday*", DigestBlocks.slice(Slice.ad("120211"), KNOWN, en));
    assertEquals("ad `120999`", DigestBlocks.slice(Slice.ad("120999"), KNOWN, en));
    assertEquals("all clicks", DigestBlocks.slice(Slice.ALL, KNOWN, en));
    KnownSlices tricky = new KnownSlices(List.of(new KnownSlices.Named("9", "<!channel> & co")), List.of());
    assertEquals("routing point *&lt;!channel&gt; &amp; co*",
        DigestBlocks.slice(Slice.routingPoint("9"), tricky, en));
  }

  @Test
  void everyLastRunOutcomeIsSaidInWords() {
    for (DigestOutcome o : DigestOutcome.values()) {
      for (String lang : new String[] {"en", "es", "pt"}) {
        SubscriptionStatus s = new SubscriptionStatus(WEEKDAYS, Optional.of(NEXT),
            Optional.of(LastRun.of(RAN, DAY, o,
                o == DigestOutcome.RETRY_SCHEDULED ? NEXT.toString() : "is_archived")));
        String text = ViewTexts.of(Golden.json(home(ctx(true, lang), List.of(s), Optional.empty())));
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
    return DigestBlocks.outcome(o.messageKey(), o, detail, "G0PRIVATE", DigestTexts.of(Locale.ENGLISH));
  }

  static Subscription daily(Set<DayOfWeek> days) {
    return new Subscription(6, KEY, "C0X", Cadence.DAILY, LocalTime.NOON, days, 0, BOGOTA, Slice.ALL,
        EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
  }

  static Subscription monthly(int day) {
    return new Subscription(7, KEY, "C0X", Cadence.MONTHLY, LocalTime.NOON, Set.of(), day, BOGOTA, Slice.ALL,
        EmptyPolicy.POST_NOTE, Destinations.SLACK, true);
  }
}
