package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.Cadence;
import app.clicks.digest.Destinations;
import app.clicks.digest.DigestOutcome;
import app.clicks.digest.EmptyPolicy;
import app.clicks.digest.Subscription;
import app.clicks.digest.Subscriptions;
import app.clicks.report.Slice;
import app.clicks.slack.digest.DigestPayloads.Form;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admins add, change, turn off and on, delete and send digest subscriptions from the App Home; each button calls the
 * right {@link Subscriptions} method, every change checks again that the user is an admin, and anyone else changes
 * nothing.
 */
class SubscriptionsFlowTest {
  static final String ADMIN = "U0ADMIN";
  static final String MEMBER = "U0MEMBER";
  static final String ADD = "0|America/Lima";

  SlackStandIn slack;
  SubscriptionsHarness h;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user(ADMIN, true, "en-US");
    slack.user(MEMBER, false, "es-LA");
    h = new SubscriptionsHarness(slack);
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
    slack.close();
  }

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  static void assertCloses(HttpResponse<String> r) {
    assertEquals(200, r.statusCode());
    assertTrue(r.body().isEmpty(), "the modal closes: " + r.body());
  }

  /** The errors a submission was answered with, by block id. */
  JsonObject errors(Form form, String metadata) throws Exception {
    JsonObject ack = json(h.interaction(DigestPayloads.submission(ADMIN, form, metadata)));
    assertEquals("errors", ack.get("response_action").getAsString(), ack.toString());
    return ack.getAsJsonObject("errors");
  }

  Subscription stored(Subscription s) {
    return h.subscriptions.add(s, Optional.empty(), Optional.empty());
  }

  static Subscription weekly(long id) {
    return new Subscription(id, DigestFixtures.WORKSPACE, "C0VENTAS", Cadence.WEEKLY, LocalTime.of(8, 0),
        Set.of(DayOfWeek.MONDAY), 0, SubscriptionsHarness.LIMA, Slice.routingPoint("12"), EmptyPolicy.POST_NOTE,
        Destinations.SLACK, true);
  }

  JsonObject opened() throws InterruptedException {
    return JsonParser.parseString(slack.next("views.open").params().get("view")).getAsJsonObject();
  }

  String published() throws InterruptedException {
    return ViewTexts.of(slack.next("views.publish").params().get("view"));
  }

  @Test
  void addOpensTheFormInTheReportTimezoneWithTheKnownRoutingPointsAndAds() throws Exception {
    assertEquals(200, h.interaction(HomePayloads.button(ADMIN, DigestActions.ADD)).statusCode());
    JsonObject view = opened();
    assertEquals(DigestActions.MODAL, view.get("callback_id").getAsString());
    assertEquals(ADD, view.get("private_metadata").getAsString());
    String raw = view.toString();
    String text = ViewTexts.of(raw);
    assertTrue(text.contains("Time of day (America/Lima)"), text);
    assertTrue(raw.contains("\"timezone\":\"America/Lima\""), raw);
    assertTrue(raw.contains("\"value\":\"ROUTING_POINT:12\"") && text.contains("WhatsApp Ventas"), raw);
    assertTrue(raw.contains("\"value\":\"AD:120211\"") && text.contains("Black Friday"), raw);
    assertFalse(raw.contains(DigestActions.DESTINATIONS), "no Teams destination without Teams");
  }

  @Test
  void withTeamsConnectedTheFormOffersTheDestinations() throws Exception {
    h.teams.set(true);
    h.interaction(HomePayloads.button(ADMIN, DigestActions.ADD));
    String raw = opened().toString();
    assertTrue(raw.contains(DigestActions.DESTINATIONS) && raw.contains("\"value\":\"BOTH\""), raw);
  }

  @Test
  void anAdminAddsAWeeklyDigestForARoutingPoint() throws Exception {
    assertCloses(h.interaction(DigestPayloads.submission(ADMIN, Form.weekly("C0VENTAS"), ADD)));

    assertEquals(List.of("save 0"), h.subscriptions.calls);
    assertEquals(weekly(0), h.subscriptions.saved.get(0));
    String home = published();
    assertTrue(home.contains("*<#C0VENTAS>* · Weekly on Monday at 08:00 · routing point "
        + "*WhatsApp Ventas* · :large_green_circle: on"), home);
  }

  @Test
  void theDayFieldOfEachCadenceIsRead() throws Exception {
    h.teams.set(true);
    h.interaction(DigestPayloads.submission(ADMIN, Form.daily("C0DAILY").days(List.of("SATURDAY", "MONDAY"))
        .destinations("BOTH"), ADD));
    h.interaction(DigestPayloads.submission(ADMIN, Form.daily("G0MONTHLY").cadence("MONTHLY").dayOfMonth("0")
        .slice("AD:120211").state("off"), ADD));
    Subscription daily = h.subscriptions.saved.get(0);
    assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), daily.days());
    assertEquals(Destinations.BOTH, daily.destinations());
    assertEquals(EmptyPolicy.SKIP, daily.emptyPolicy());
    Subscription monthly = h.subscriptions.saved.get(1);
    assertEquals(Cadence.MONTHLY, monthly.cadence());
    assertEquals(Subscription.FIRST_WEEKDAY, monthly.dayOfMonth());
    assertEquals(Set.of(), monthly.days());
    assertEquals(Slice.ad("120211"), monthly.slice());
    assertFalse(monthly.enabled());
  }

  @Test
  void problemsComeBackOnTheirFieldsAndNothingIsSaved() throws Exception {
    assertEquals("Choose the day of the week a weekly digest posts on.",
        errors(Form.weekly("C0VENTAS").weekday(null), ADD).get(DigestActions.WEEKDAY).getAsString());
    assertEquals("Choose a day of the month from 1 to 28, or the first weekday.",
        errors(Form.weekly("C0VENTAS").cadence("MONTHLY").dayOfMonth("29"), ADD).get(DigestActions.DAY_OF_MONTH)
            .getAsString());
    assertEquals("Choose a channel.", errors(Form.weekly("#ventas"), ADD).get(DigestActions.CHANNEL).getAsString());
    assertEquals("Choose at least one day.",
        errors(Form.daily("C0DAILY").days(List.of()), ADD).get(DigestActions.DAYS).getAsString());
    assertEquals("Choose the whole workspace, a routing point or an ad.",
        errors(Form.daily("C0DAILY").slice("AGENT:7"), ADD).get(DigestActions.SLICE).getAsString());
    assertEquals("Microsoft Teams is not connected: connect it in the Teams section, or post to the Slack channel "
        + "only.", errors(Form.daily("C0DAILY").destinations("TEAMS"), ADD).get(DigestActions.DESTINATIONS)
        .getAsString());
    JsonObject all = errors(new Form(null, null, List.of(), null, null, "8 am", null, null, null, null), ADD);
    assertEquals(Set.of(DigestActions.CHANNEL, DigestActions.CADENCE, DigestActions.TIME, DigestActions.SLICE,
        DigestActions.EMPTY, DigestActions.STATE), all.keySet(), all.toString());
    assertEquals(List.of(), h.subscriptions.calls, "nothing saved");
  }

  @Test
  void theErrorsAreInTheAdminsLanguage() throws Exception {
    slack.user("U0ADMINPT", true, "pt-BR");
    JsonObject ack = json(h.interaction(DigestPayloads.submission("U0ADMINPT",
        Form.weekly("C0VENTAS").cadence("MONTHLY").dayOfMonth("31"), ADD)));
    assertEquals("Escolha um dia do mês de 1 a 28, ou o primeiro dia útil.",
        ack.getAsJsonObject("errors").get(DigestActions.DAY_OF_MONTH).getAsString());
  }

  @Test
  void choosingAnotherCadenceRedrawsTheModalWithItsDayField() throws Exception {
    h.interaction(DigestPayloads.cadenceChosen(ADMIN, "WEEKLY", ADD));
    SlackStandIn.Call update = slack.next("views.update");
    assertEquals("V0MODAL", update.params().get("view_id"));
    assertEquals("1763910000.abc", update.params().get("hash"));
    String raw = update.params().get("view");
    assertTrue(raw.contains(DigestActions.WEEKDAY) && !raw.contains(DigestActions.DAYS)
        && !raw.contains(DigestActions.DAY_OF_MONTH), raw);
    assertTrue(raw.contains("\"private_metadata\":\"" + ADD + "\""), raw);

    h.interaction(DigestPayloads.cadenceChosen(ADMIN, "MONTHLY", ADD));
    raw = slack.next("views.update").params().get("view");
    assertTrue(raw.contains(DigestActions.DAY_OF_MONTH) && !raw.contains(DigestActions.WEEKDAY), raw);

    h.interaction(DigestPayloads.cadenceChosen(MEMBER, "WEEKLY", ADD));
    assertEquals(null, slack.poll("views.update", 300), "not redrawn for a member");
    assertEquals(List.of(), h.subscriptions.calls);
  }

  @Test
  void anErrorOnADayFieldTheModalDoesNotShowYetGoesOnTheCadence() {
    assertEquals(java.util.Map.of(DigestActions.CADENCE, "Choose the day."), DigestSubmissionListener.onShownFields(
        java.util.Map.of(DigestActions.WEEKDAY, "Choose the day."), Set.of(DigestActions.CADENCE, DigestActions.DAYS)));
  }

  @Test
  void changeOpensTheFormFilledInAndSavesTheSameSubscription() throws Exception {
    Subscription s = stored(weekly(7));
    h.interaction(DigestPayloads.menu(ADMIN, "CHANGE", 7));
    JsonObject view = opened();
    assertEquals("7|America/Lima", view.get("private_metadata").getAsString());
    assertTrue(ViewTexts.of(view.toString()).contains("Change digest"), view.toString());

    assertCloses(h.interaction(DigestPayloads.submission(ADMIN, Form.weekly("C0VENTAS").time("09:15"),
        "7|America/Lima")));
    assertEquals(List.of("save 7"), h.subscriptions.calls);
    assertEquals(LocalTime.of(9, 15), h.subscriptions.saved.get(0).time());
    assertEquals(s.id(), h.subscriptions.find(DigestFixtures.WORKSPACE, 7).orElseThrow().id());
  }

  @Test
  void aSubscriptionDeletedMeanwhileIsSaidToBeGone() throws Exception {
    h.interaction(DigestPayloads.menu(ADMIN, "CHANGE", 8));
    assertTrue(ViewTexts.of(opened().toString()).contains("This digest subscription no longer exists."));
    assertEquals("This digest subscription no longer exists.",
        errors(Form.weekly("C0VENTAS"), "8|America/Lima").get(DigestActions.CHANNEL).getAsString());
    assertEquals(List.of(), h.subscriptions.calls);
  }

  @Test
  void turnOffAndOnCallSetEnabledAndRepublishTheHomeTab() throws Exception {
    stored(weekly(7));
    h.interaction(DigestPayloads.menu(ADMIN, "OFF", 7));
    assertTrue(published().contains(":white_circle: off"));
    h.interaction(DigestPayloads.menu(ADMIN, "ON", 7));
    assertTrue(published().contains(":large_green_circle: on"));
    assertEquals(List.of("setEnabled 7 false", "setEnabled 7 true"), h.subscriptions.calls);
  }

  @Test
  void deleteAsksFirstThenDeletes() throws Exception {
    stored(weekly(7));
    h.interaction(DigestPayloads.menu(ADMIN, "DELETE", 7));
    JsonObject confirm = opened();
    assertEquals(DigestActions.DELETE_MODAL, confirm.get("callback_id").getAsString());
    assertEquals("7|America/Lima", confirm.get("private_metadata").getAsString());
    String text = ViewTexts.of(confirm.toString());
    assertTrue(text.contains("Delete this digest? *<#C0VENTAS>* · Weekly on Monday at 08:00"), text);
    assertEquals(List.of(), h.subscriptions.calls, "nothing deleted before the confirmation");

    assertCloses(h.interaction(DigestPayloads.deleteSubmission(ADMIN, "7|America/Lima")));
    assertEquals(List.of("delete 7"), h.subscriptions.calls);
    assertTrue(published().contains("No digest subscriptions yet."));
  }

  @Test
  void sendNowSendsThatSubscriptionAndTheHomeTabShowsItRunningThenHowItWent() throws Exception {
    stored(weekly(7));
    h.subscriptions.sendNowResult = DigestOutcome.NOT_IN_CHANNEL;
    h.interaction(DigestPayloads.menu(ADMIN, "SEND_NOW", 7));
    assertEquals(List.of("sendNow 7"), h.subscriptions.calls);
    assertTrue(published().contains("*Send now*: posting…"));
    String after = published();
    assertTrue(after.contains("*Send now* (<!date^"), after);
    assertTrue(after.contains("the bot is not in <#C0VENTAS>"), after);
  }

  @Test
  void aSendNowStartsOnlyWhenNoneOfTheWorkspaceIsRunning() {
    SendNowBoard board = new SendNowBoard();
    assertTrue(board.start(DigestFixtures.WORKSPACE, 7, SubscriptionsHarness.NOW));
    assertFalse(board.start(DigestFixtures.WORKSPACE, 8, SubscriptionsHarness.NOW), "one at a time");
    board.finish(DigestFixtures.WORKSPACE, 7, SubscriptionsHarness.NOW, null);
  }

  @Test
  void theTwentyFirstIsRefusedWithTheReason() throws Exception {
    for (int i = 1; i <= Subscriptions.MAX_PER_WORKSPACE; i++) {
      stored(weekly(i));
    }
    h.interaction(HomePayloads.button(ADMIN, DigestActions.ADD));
    String limit = ViewTexts.of(opened().toString());
    assertTrue(limit.contains("The workspace has 20 subscriptions, the most allowed. Delete one to add another."),
        limit);

    assertEquals("The workspace has 20 digest subscriptions, the most allowed. Delete one to add another.",
        errors(Form.weekly("C0VENTAS"), ADD).get(DigestActions.CHANNEL).getAsString());
    assertEquals(List.of(), h.subscriptions.calls, "not even asked");
  }

  @Test
  void aSaveTheDigestRefusesIsAnsweredOnTheForm() throws Exception {
    FakeSubscriptions racing = h.subscriptions;
    for (int i = 1; i < Subscriptions.MAX_PER_WORKSPACE; i++) {
      stored(weekly(i));
    }
    // Another admin's 20th arrives between the check and the save: the digest refuses it, the form says why.
    racing.add(weekly(0), Optional.empty(), Optional.empty());
    JsonObject errors = errors(Form.weekly("C0VENTAS"), ADD);
    assertTrue(errors.get(DigestActions.CHANNEL).getAsString().contains("the most allowed"), errors.toString());
  }

  @Test
  void aMemberIsRefusedEveryFormAndEveryChange() throws Exception {
    stored(weekly(7));
    h.interaction(HomePayloads.button(MEMBER, DigestActions.ADD));
    h.interaction(DigestPayloads.menu(MEMBER, "CHANGE", 7));
    h.interaction(DigestPayloads.menu(MEMBER, "DELETE", 7));
    for (int i = 0; i < 3; i++) {
      JsonObject refused = opened();
      assertEquals(DigestActions.MESSAGE_MODAL, refused.get("callback_id").getAsString());
      assertTrue(ViewTexts.of(refused.toString()).contains("Solo los administradores"), refused.toString());
    }
    h.interaction(DigestPayloads.menu(MEMBER, "OFF", 7));
    h.interaction(DigestPayloads.menu(MEMBER, "SEND_NOW", 7));
    String home = published();
    assertTrue(home.contains("Solo los administradores del espacio de trabajo pueden cambiar los resúmenes."), home);
    assertFalse(home.contains("Agregar suscripción"), home);

    JsonObject ack = json(h.interaction(DigestPayloads.submission(MEMBER, Form.weekly("C0VENTAS"), ADD)));
    assertTrue(ack.getAsJsonObject("errors").get(DigestActions.CHANNEL).getAsString()
        .contains("Solo los administradores"), ack.toString());
    assertEquals(200, h.interaction(DigestPayloads.deleteSubmission(MEMBER, "7|America/Lima")).statusCode());

    assertEquals(List.of(), h.subscriptions.calls, "a member changes nothing");
    assertTrue(h.subscriptions.find(DigestFixtures.WORKSPACE, 7).orElseThrow().enabled());
  }

  @Test
  void aMemberSeesTheListWithoutTheMenus() throws Exception {
    stored(weekly(7));
    h.event(HomePayloads.homeOpened(MEMBER));
    String raw = slack.next("views.publish").params().get("view");
    assertTrue(ViewTexts.of(raw).contains("*<#C0VENTAS>* · Semanal, los lunes a las 08:00 · punto de ruteo"), raw);
    assertFalse(raw.contains(DigestActions.MENU), raw);
  }
}
