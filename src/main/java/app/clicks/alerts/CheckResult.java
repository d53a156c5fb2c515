package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;
import java.util.List;

/** How a workspace's check went, and what it posted ("ALERT SILENCE", "RECOVERY AD_STOPPED ad7"), for logs and tests. */
public record CheckResult(WorkspaceKey workspace, Outcome outcome, List<String> posted) {
  public enum Outcome {
    /** No rule is on. */
    OFF,
    /** Outside business hours: nothing read. */
    OUTSIDE_HOURS,
    NOT_CONNECTED,
    /** wolkvox could not be read (a fault, the quota): no rule was judged. */
    WOLKVOX_FAILED,
    /** The alerts' share of the day's wolkvox budget is spent: no rule was judged. */
    BUDGET_SPENT,
    CHECKED,
    /** The check itself failed (the database); logged. */
    FAILED
  }

  public CheckResult {
    posted = List.copyOf(posted);
  }
}
