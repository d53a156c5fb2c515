package app.clicks.alerts;

import java.util.List;
import java.util.Optional;

/**
 * A workspace's alerts as the App Home shows them: its rules, where each stands, the last check (the budget or
 * failures in a row stop them), the last alert sent, and whether Teams is connected (alerts may go there).
 */
public record AlertStatus(
    Optional<AlertSettings> rules,
    List<AlertStates.State> states,
    Optional<AlertSettingsStore.LastCheck> lastCheck,
    Optional<AlertDeliveryLog.Delivery> lastAlert,
    boolean teamsConnected) {

  /** A workspace without Teams. */
  public AlertStatus(Optional<AlertSettings> rules, List<AlertStates.State> states,
      Optional<AlertSettingsStore.LastCheck> lastCheck, Optional<AlertDeliveryLog.Delivery> lastAlert) {
    this(rules, states, lastCheck, lastAlert, false);
  }

  /** True when the rules want Teams but it is not connected (alerts go to the Slack channel only). */
  public boolean teamsMissing() {
    return rules.map(r -> r.destinations().teams()).orElse(false) && !teamsConnected;
  }

  /** True once {@link AlertChecker#FAILURES_TO_TELL} checks in a row could not read wolkvox. */
  public boolean failing() {
    return lastCheck.map(c -> c.failedInARow() >= AlertChecker.FAILURES_TO_TELL).orElse(false);
  }

  /** True when the last check was stopped by the alerts' share of the day's wolkvox budget. */
  public boolean budgetSpent() {
    return lastCheck.map(c -> c.outcome() == AlertSettingsStore.CheckOutcome.BUDGET_SPENT).orElse(false);
  }
}
