package app.clicks.slack.alerts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertRule;
import app.clicks.alerts.AlertSettings;
import app.clicks.alerts.AlertSettingsStore;
import app.clicks.alerts.AlertStates;
import app.clicks.alerts.AlertStatus;
import app.clicks.digest.Destinations;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeContext;
import com.google.gson.Gson;
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

/** The Home tab's alerts part: each rule's state, the last alert, and what stops the checks. */
class AlertsBlocksTest {
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T1");
  static final Instant AT = Instant.parse("2026-11-23T15:05:00Z");
  static final AlertSettings RULES = new AlertSettings(TEAM, "C0ALERTS", LocalTime.of(8, 0), LocalTime.of(20, 0),
      EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 2), new AlertSettings.Drop(true, 50, 20),
      AlertSettings.AdStopped.DEFAULT);

  static String render(AlertStatus status, boolean admin) {
    HomeContext ctx = new HomeContext(TEAM, Optional.empty(), "U1", admin, Locale.ENGLISH);
    return new Gson().toJson(AlertsBlocks.render(ctx, status, ZoneId.of("America/Bogota")));
  }

  @Test
  void aFiringRuleSaysSinceWhenAndTheLastAlertIsShown() {
    AlertStates.State firing = new AlertStates.State(AlertRule.SILENCE, "", AlertStates.Status.FIRING, AT,
        LocalDate.of(2026, 11, 23), 1, 3);
    AlertDeliveryLog.Delivery last = new AlertDeliveryLog.Delivery(new AlertDeliveryLog.Key(TEAM, AlertRule.SILENCE,
        "", LocalDate.of(2026, 11, 23), 1, AlertDeliveryLog.Kind.ALERT), AlertDeliveryLog.State.POSTED, 1, AT,
        "C0ALERTS", "1.2", null);
    String json = render(new AlertStatus(Optional.of(RULES), List.of(firing), Optional.empty(), Optional.of(last)),
        true);
    assertTrue(json.contains("Silence (no click for 2 business hours): firing since \\u003c!date^1795446300"), json);
    assertTrue(json.contains("Drop (below 50% of a week earlier, from 20 clicks): quiet"), json);
    assertTrue(json.contains("An ad stopped (10+ clicks a day, none for 3 business hours): off"), json);
    assertTrue(json.contains("*Last alert*: Silence"), json);
    assertTrue(json.contains("posted in \\u003c#C0ALERTS\\u003e"), json);
  }

  @Test
  void theBudgetAndThreeFailedChecksAreToldAndMembersGetNoButton() {
    AlertStatus budget = new AlertStatus(Optional.of(RULES), List.of(), Optional.of(new AlertSettingsStore.LastCheck(
        AT, AlertSettingsStore.CheckOutcome.BUDGET_SPENT, 1)), Optional.empty());
    assertTrue(render(budget, true).contains("wolkvox budget is spent: the checks stop until midnight"));
    AlertStatus failing = new AlertStatus(Optional.of(RULES), List.of(), Optional.of(new AlertSettingsStore.LastCheck(
        AT, AlertSettingsStore.CheckOutcome.WOLKVOX_FAILED, 3)), Optional.empty());
    String json = render(failing, false);
    assertTrue(json.contains("The last 3 checks could not read wolkvox (wolkvox failed)"), json);
    assertFalse(json.contains(AlertsActions.EDIT), json);
    AlertStatus twice = new AlertStatus(Optional.of(RULES), List.of(), Optional.of(new AlertSettingsStore.LastCheck(
        AT, AlertSettingsStore.CheckOutcome.WOLKVOX_FAILED, 2)), Optional.empty());
    assertFalse(render(twice, true).contains("could not read wolkvox"), "told after 3 in a row, not 2");
  }

  @Test
  void alertsForTeamsSayWhereTheyGoWhatTeamsDidAndWhenTeamsIsMissing() {
    AlertSettings both = new AlertSettings(TEAM, "C0ALERTS", LocalTime.of(8, 0), LocalTime.of(20, 0),
        EnumSet.allOf(DayOfWeek.class), new AlertSettings.Silence(true, 2), AlertSettings.Drop.DEFAULT,
        AlertSettings.AdStopped.DEFAULT, Destinations.BOTH);
    AlertDeliveryLog.Delivery teams = new AlertDeliveryLog.Delivery(new AlertDeliveryLog.Key(TEAM, AlertRule.SILENCE,
        "", LocalDate.of(2026, 11, 23), 1, AlertDeliveryLog.Kind.ALERT, AlertDeliveryLog.Destination.TEAMS),
        AlertDeliveryLog.State.RETRYABLE, 1, AT, null, null, "HTTP 429");
    String json = render(new AlertStatus(Optional.of(both), List.of(), Optional.empty(), Optional.of(teams), true),
        true);
    assertTrue(json.contains("*To* the Slack channel and Teams"), json);
    assertTrue(json.contains("not taken by Teams now (HTTP 429): posted again at a later check"), json);
    assertFalse(json.contains("Teams is not connected"), json);

    String missing = render(new AlertStatus(Optional.of(both), List.of(), Optional.empty(), Optional.empty(), false),
        true);
    assertTrue(missing.contains("Alerts are set to go to Teams, but Teams is not connected: they go to the Slack"
        + " channel"), missing);
  }
}
