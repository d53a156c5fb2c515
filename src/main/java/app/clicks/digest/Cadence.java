package app.clicks.digest;

/** How often a digest subscription posts, and so which period it covers. */
public enum Cadence {
  /** Yesterday, on the chosen weekdays. */
  DAILY,
  /** Last week, Monday to Sunday, on one chosen weekday. */
  WEEKLY,
  /** Last month, on a chosen day of the month (1..28) or on the month's first weekday. */
  MONTHLY
}
