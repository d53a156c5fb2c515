package app.clicks.alerts;

/** The three alert rules. */
public enum AlertRule {
  /** No click for the last N business hours. */
  SILENCE,
  /** Clicks since the start of today's business hours below X% of the same span a week earlier. */
  DROP,
  /** An ad that averaged at least K clicks a day over the previous 7 days brought none in its last N business hours. */
  AD_STOPPED
}
