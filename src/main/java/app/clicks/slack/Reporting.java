package app.clicks.slack;

import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.Totals;
import java.time.Clock;
import java.time.ZoneId;

/** The two pure report functions the command needs (report.Periods.parse and report.Summaries.of), passed in. */
public interface Reporting {

  /** The period the words name and its previous period; throws report.PeriodException for words it cannot use. */
  PeriodPair periods(String words, Clock clock, ZoneId zone);

  /** The summary of the totals of a period and its previous period. */
  Summary summary(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data);

  /** The report package's own functions. */
  static Reporting standard() {
    return new Reporting() {
      @Override
      public PeriodPair periods(String words, Clock clock, ZoneId zone) {
        return Periods.parse(words, clock, zone);
      }

      @Override
      public Summary summary(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data) {
        return Summaries.of(periods, current, previous, topN, data);
      }
    };
  }
}
