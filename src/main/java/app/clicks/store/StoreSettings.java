package app.clicks.store;

import java.time.Duration;

/**
 * How the store treats wolkvox: settle time of a day, refresh rhythm of open days, the bot's daily call budget per
 * server, how long records are kept, and how many requests may be in flight per server. Config reads them from the
 * environment; each check here names its variable.
 */
public record StoreSettings(int settleHours, int refreshMinutes, int dailyBudget, int retentionDays, int maxInFlight) {
  public static final StoreSettings DEFAULTS = new StoreSettings(2, 5, 200, 400, 1);

  public StoreSettings {
    check("WOLKVOX_SETTLE_HOURS", settleHours, 0, 72);
    check("WOLKVOX_REFRESH_MINUTES", refreshMinutes, 1, 1440);
    check("WOLKVOX_DAILY_BUDGET", dailyBudget, 1, 1_000_000);
    check("CLICKS_RETENTION_DAYS", retentionDays, 1, 36_500);
    check("WOLKVOX_MAX_IN_FLIGHT", maxInFlight, 1, 2);
  }

  /** Calls a person may use per server and day: 80% of the budget; the rest is kept for the alerts and the digest. */
  public int interactiveBudget() {
    return dailyBudget - reserve() - alertReserve();
  }

  /** The digest's reserve: 10% of the budget, at least 1 call when the budget allows it. */
  public int reserve() {
    return dailyBudget < 2 ? 0 : Math.max(1, dailyBudget / 10);
  }

  /** The alerts' share: 10% of the budget, at least 1 call when the budget allows it (people cannot spend it). */
  public int alertReserve() {
    return dailyBudget < 3 ? 0 : Math.max(1, dailyBudget / 10);
  }

  /**
   * The budget that applies to {@code purpose}, as a ceiling on the day's shared call count: people stop at 80%, the
   * alert checks at 90% (they cannot spend the digest's reserve), the digest at 100%.
   */
  public int budgetFor(Purpose purpose) {
    return switch (purpose) {
      case DIGEST -> dailyBudget;
      case ALERTS -> dailyBudget - reserve();
      case INTERACTIVE -> interactiveBudget();
    };
  }

  public Duration settle() {
    return Duration.ofHours(settleHours);
  }

  public Duration refresh() {
    return Duration.ofMinutes(refreshMinutes);
  }

  private static void check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value + ".");
    }
  }
}
