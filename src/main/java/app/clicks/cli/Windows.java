package app.clicks.cli;

import app.clicks.report.PeriodPair;
import app.clicks.wolkvox.Window;

/** wolkvox windows for periods: whole seconds of wall-clock time in the report timezone, end inclusive. */
final class Windows {
  private Windows() {}

  /** One window from the start of the previous period to the end of the current one. */
  static Window covering(PeriodPair periods) {
    return new Window(
        periods.previous().start().toLocalDateTime(),
        periods.current().end().minusSeconds(1).toLocalDateTime());
  }
}
