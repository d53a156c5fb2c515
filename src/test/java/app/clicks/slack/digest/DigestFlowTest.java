package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestSchedule;
import app.clicks.digest.DigestStatus;
import app.clicks.digest.EmptyPolicy;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin sets the daily digest from the App Home; anyone else is refused and changes nothing. */
class DigestFlowTest {
  static final String ADMIN = "U0ADMIN";
  static final String MEMBER = "U0MEMBER";
  static final ZoneId LIMA = ZoneId.of("America/Lima");
  static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

  SlackStandIn slack;
  HikariDataSource db;
  DigestHarness h;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user(ADMIN, true, "en-US");
    slack.user(MEMBER, false, "es-LA");
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

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  @Test
  void theButtonOpensTheModalInTheReportTimezoneWithEveryDayChosen() throws Exception {
    assertEquals(200, h.interaction(HomePayloads.button(ADMIN, DigestActions.EDIT)).statusCode());
    SlackStandIn.Call open = slack.next("views.open");
    assertEquals("1111.2222.trigger", open.params().get("trigger_id"));
    JsonObject view = JsonParser.parseString(open.params().get("view")).getAsJsonObject();
    assertEquals(DigestActions.MODAL, view.get("callback_id").getAsString());
    assertEquals("America/Lima", view.get("private_metadata").getAsString());
    String raw = view.toString();
    assertTrue(raw.contains("\"type\":\"conversations_select\""), raw);
    assertTrue(raw.contains("\"default_to_current_conversation\":false"), raw);
    assertTrue(raw.contains("\"type\":\"timepicker\"") && raw.contains("\"timezone\":\"America/Lima\""), raw);
    assertTrue(ViewTexts.of(raw).contains("Time of day (America/Lima)"), raw);
    JsonObject days = view.getAsJsonArray("blocks").get(3).getAsJsonObject().getAsJsonObject("element");
    assertEquals(7, days.getAsJsonArray("initial_options").size(), "every day by default");
  }

  @Test
  void formatProblemsComeBackAsFieldErrorsAndNothingIsSaved() throws Exception {
    JsonObject ack = json(h.interaction(DigestPayloads.submission(ADMIN, null, "8 am", List.of(), "POST_NOTE", "on",
        "America/Lima")));
    assertEquals("errors", ack.get("response_action").getAsString());
    JsonObject errors = ack.getAsJsonObject("errors");
    assertEquals("Choose a channel.", errors.get(DigestActions.CHANNEL).getAsString());
    assertEquals("Choose a time of day (HH:mm).", errors.get(DigestActions.TIME).getAsString());
    assertEquals("Choose at least one day.", errors.get(DigestActions.DAYS).getAsString());
    assertEquals(3, errors.size(), errors.toString());
    assertEquals(Optional.empty(), h.digest.schedule(DigestFixtures.WORKSPACE));
  }

  @Test
  void whenAnAdminChangesTheReportTimezoneTheDigestKeepsItsTimeInTheNewZone() throws Exception {
    h.interaction(DigestPayloads.submission(ADMIN, "C0DIGEST", "07:30", WEEKDAYS, "SKIP", "on", "America/Lima"));
    ZoneId mexico = ZoneId.of("America/Mexico_City");

    HttpResponse<String> connected = h.interaction(
        HomePayloads.submission(ADMIN, "0042", "wolkvox-new-token-123456", "America/Mexico_City", "en"));

    assertEquals(200, connected.statusCode(), connected.body());
    DigestStatus status = h.digest.status(DigestFixtures.WORKSPACE);
    assertEquals(mexico, status.schedule().orElseThrow().zone());
    assertEquals(LocalTime.of(7, 30), status.schedule().orElseThrow().time());
    assertEquals(nextWeekdayAt(LocalTime.of(7, 30), mexico), status.nextRun().orElseThrow());
  }

  @Test
  void uninstallingTheAppRemovesTheWorkspacesDigest() throws Exception {
    h.interaction(DigestPayloads.submission(ADMIN, "C0DIGEST", "07:30", WEEKDAYS, "SKIP", "on", "America/Lima"));
    assertTrue(h.digest.status(DigestFixtures.WORKSPACE).nextRun().isPresent());

    assertEquals(200, h.event(HomePayloads.appUninstalled()).statusCode());

    DigestStatus gone = h.digest.status(DigestFixtures.WORKSPACE);
    assertEquals(Optional.empty(), gone.schedule());
    assertEquals(Optional.empty(), gone.nextRun());
    assertEquals(Optional.empty(), h.settings.find(DigestFixtures.WORKSPACE));
  }

  @Test
  void savingSchedulesAtOnceAChangeReschedulesAndOffRemoves() throws Exception {
    HttpResponse<String> saved = h.interaction(DigestPayloads.submission(ADMIN, "C0DIGEST", "07:30", WEEKDAYS,
        "SKIP", "on", "America/Lima"));
    assertEquals(200, saved.statusCode());
    assertTrue(saved.body().isEmpty(), "the modal closes: " + saved.body());

    DigestSchedule expected = new DigestSchedule(DigestFixtures.WORKSPACE, "C0DIGEST", LocalTime.of(7, 30),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LIMA, EmptyPolicy.SKIP, true);
    DigestStatus status = h.digest.status(DigestFixtures.WORKSPACE);
    assertEquals(expected, status.schedule().orElseThrow());
    assertEquals(nextWeekdayAt(LocalTime.of(7, 30), LIMA), status.nextRun().orElseThrow());

    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("*Channel*\n<#C0DIGEST>"), home);
    assertTrue(home.contains("*Time*\n07:30 (America/Lima)"), home);
    assertTrue(home.contains("*Days*\nMon, Tue, Wed, Thu, Fri"), home);
    assertTrue(home.contains("*Next run*\n<!date^" + status.nextRun().orElseThrow().getEpochSecond()), home);

    h.interaction(DigestPayloads.submission(ADMIN, "C0DIGEST", "18:05", WEEKDAYS, "SKIP", "on", "America/Lima"));
    assertEquals(nextWeekdayAt(LocalTime.of(18, 5), LIMA), h.digest.status(DigestFixtures.WORKSPACE).nextRun().orElseThrow());

    h.interaction(DigestPayloads.submission(ADMIN, "C0DIGEST", "18:05", WEEKDAYS, "SKIP", "off", "America/Lima"));
    DigestStatus off = h.digest.status(DigestFixtures.WORKSPACE);
    assertFalse(off.schedule().orElseThrow().enabled());
    assertEquals(Optional.empty(), off.nextRun());
  }

  @Test
  void aMemberIsRefusedTheModalAndTheirSubmissionChangesNothing() throws Exception {
    h.interaction(HomePayloads.button(MEMBER, DigestActions.EDIT));
    String view = slack.next("views.open").params().get("view");
    assertTrue(view.contains(DigestActions.REFUSED_MODAL), view);
    assertTrue(ViewTexts.of(view).contains("Solo los administradores"), view);

    JsonObject ack = json(h.interaction(DigestPayloads.submission(MEMBER, "C0DIGEST", "07:30", WEEKDAYS, "SKIP", "on",
        "America/Lima")));
    assertEquals("errors", ack.get("response_action").getAsString());
    assertTrue(ack.getAsJsonObject("errors").get(DigestActions.CHANNEL).getAsString().contains("Solo los administradores"));
    assertEquals(Optional.empty(), h.digest.schedule(DigestFixtures.WORKSPACE));
    assertEquals(Optional.empty(), h.digest.status(DigestFixtures.WORKSPACE).nextRun());
  }

  @Test
  void aMembersSendNowPostsNothing() throws Exception {
    h.digest.save(DigestSchedule.daily(DigestFixtures.WORKSPACE, "C0DIGEST", LocalTime.of(8, 0), LIMA), Instant.now());
    h.interaction(HomePayloads.button(MEMBER, DigestActions.SEND_NOW));
    String home = ViewTexts.of(slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("Solo los administradores del espacio de trabajo pueden cambiar el resumen diario."), home);
    assertFalse(slack.methods().contains("chat.postMessage"), "a member's send now posts nothing");
  }

  static Instant nextWeekdayAt(LocalTime time, ZoneId zone) {
    ZonedDateTime at = ZonedDateTime.now(zone).with(time).withNano(0);
    while (!at.isAfter(ZonedDateTime.now(zone)) || at.getDayOfWeek().getValue() > 5) {
      at = at.plusDays(1).with(time);
    }
    return at.toInstant();
  }
}
