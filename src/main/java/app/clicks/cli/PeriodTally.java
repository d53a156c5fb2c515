package app.clicks.cli;

import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.PeriodPair;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;

/**
 * Receives fetched records straight into the tallies of a period and its previous period (no store): each
 * request's records are counted apart and kept only when the request's answer was complete.
 */
final class PeriodTally implements WindowReceiver {
  private final PeriodPair periods;
  private final ClickTally current;
  private final ClickTally previous;

  PeriodTally(PeriodPair periods) {
    this.periods = periods;
    this.current = ClickTally.countingDays(periods.current().zone());
    this.previous = ClickTally.countingDays(periods.current().zone());
  }

  ClickTally current() {
    return current;
  }

  ClickTally previous() {
    return previous;
  }

  @Override
  public Batch open(Window window) {
    ClickTally cur = ClickTally.countingDays(periods.current().zone());
    ClickTally prev = ClickTally.countingDays(periods.current().zone());
    return new Batch() {
      @Override
      public void accept(ClickRecord r) {
        if (r.date() == null) {
          return;
        }
        if (periods.current().contains(r.date())) {
          cur.accept(r);
        } else if (periods.previous().contains(r.date())) {
          prev.accept(r);
        }
      }

      @Override
      public void commit() {
        current.merge(cur);
        previous.merge(prev);
      }

      @Override
      public void discard() {}
    };
  }
}
