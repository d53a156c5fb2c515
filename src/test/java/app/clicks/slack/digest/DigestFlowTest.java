package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.Cadence;
import app.clicks.digest.SubscriptionStatus;
import app.clicks.slack.digest.DigestPayloads.Form;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The App Home over the digest for real (Quartz on H2): what an admin saves is scheduled at once, a change
 * reschedules it, off unschedules it; the subscriptions follow the report timezone and leave with the app.
 */
class DigestFlowTest {
  static final String ADMIN = "U0ADMIN";
  static final ZoneId LIMA = ZoneId.of("America/Lima");
  static final String ADD = "0|America/Lima";

  SlackStandIn slack;
  HikariDataSource db;
  DigestHarness h;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user(ADMIN, true, "en-US");
    db = TestDatabases.h2();
    h = new DigestHarness(slack, db, TestKeys.newKey(), ZoneId.of("America/Bogota"));
    h.settings.save(DigestFixtures.connected("en", LIMA));
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
    slack.close();
    db.close();
  }

  List<SubscriptionStatus> subscriptions() {
    return h.subscriptions.list(DigestFixtures.WORKSPACE);
  }

  void submit(Form form, String metadata) throws Exception {
    HttpResponse<String> r = h.interaction(DigestPayloads.submission(ADMIN, form, metadata));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().isEmpty(), "the modal closes: " + r.body());
  }

  @Test
  void savingSchedulesAtOnceAChangeReschedulesAndOffUnschedules() throws Exception {
    submit(Form.daily("C0DIGEST"), ADD);
    SubscriptionStatus saved = subscriptions().get(0);
    assertEquals(LocalTime.of(7, 30), saved.subscription().time());
    assertEquals(LIMA, saved.subscription().zone());
    assertEquals(nextAt(LocalTime.of(7, 30), LIMA, true), saved.nextRun().orElseThrow());
    String home = "";
    while (!home.contains("<#C0DIGEST>")) {
      home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    }
    assertTrue(home.contains("*<#C0DIGEST>* · Daily on weekdays at 07:30 · all clicks · :large_green_circle: on"),
        home);
    assertTrue(home.contains("*Next:* <!date^" + saved.nextRun().orElseThrow().getEpochSecond()), home);

    String id = saved.subscription().id() + "|America/Lima";
    submit(Form.daily("C0DIGEST").time("18:05"), id);
    assertEquals(nextAt(LocalTime.of(18, 5), LIMA, true), subscriptions().get(0).nextRun().orElseThrow());

    h.interaction(DigestPayloads.menu(ADMIN, "OFF", saved.subscription().id()));
    assertFalse(subscriptions().get(0).subscription().enabled());
    assertEquals(Optional.empty(), subscriptions().get(0).nextRun());
    assertEquals(1, subscriptions().size());
  }

  @Test
  void aWeeklySubscriptionBesideTheDailyOneRunsOnItsDay() throws Exception {
    submit(Form.daily("C0DIGEST"), ADD);
    submit(Form.weekly("C0VENTAS").weekday("WEDNESDAY"), ADD);
    assertEquals(2, subscriptions().size());
    SubscriptionStatus weekly = subscriptions().get(1);
    assertEquals(Cadence.WEEKLY, weekly.subscription().cadence());
    ZonedDateTime next = weekly.nextRun().orElseThrow().atZone(LIMA);
    assertEquals(DayOfWeek.WEDNESDAY, next.getDayOfWeek());
    assertEquals(LocalTime.of(8, 0), next.toLocalTime());
  }

  @Test
  void whenAnAdminChangesTheReportTimezoneTheSubscriptionsKeepTheirTimeInTheNewZone() throws Exception {
    submit(Form.daily("C0DIGEST").days(EVERY_DAY), ADD);
    ZoneId mexico = ZoneId.of("America/Mexico_City");

    HttpResponse<String> connected = h.interaction(
        HomePayloads.submission(ADMIN, "0042", "wolkvox-new-token-123456", "America/Mexico_City", "en"));

    assertEquals(200, connected.statusCode(), connected.body());
    SubscriptionStatus s = subscriptions().get(0);
    assertEquals(mexico, s.subscription().zone());
    assertEquals(LocalTime.of(7, 30), s.subscription().time());
    assertEquals(nextAt(LocalTime.of(7, 30), mexico, false), s.nextRun().orElseThrow());
  }

  @Test
  void uninstallingTheAppRemovesTheWorkspacesSubscriptions() throws Exception {
    submit(Form.daily("C0DIGEST"), ADD);
    submit(Form.weekly("C0VENTAS"), ADD);
    assertEquals(2, subscriptions().size());

    assertEquals(200, h.event(HomePayloads.appUninstalled()).statusCode());

    assertEquals(List.of(), subscriptions());
    assertEquals(Optional.empty(), h.settings.find(DigestFixtures.WORKSPACE));
  }

  static final List<String> EVERY_DAY =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** The next {@code time} in {@code zone} from now, on a weekday only when {@code weekdays}. */
  static Instant nextAt(LocalTime time, ZoneId zone, boolean weekdays) {
    ZonedDateTime at = ZonedDateTime.now(zone).with(time).withNano(0);
    while (!at.isAfter(ZonedDateTime.now(zone)) || (weekdays && at.getDayOfWeek().getValue() > 5)) {
      at = at.plusDays(1).with(time);
    }
    return at.toInstant();
  }
}
