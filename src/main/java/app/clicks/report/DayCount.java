package app.clicks.report;

import java.time.LocalDate;

/** The clicks of one calendar day of the report timezone. */
public record DayCount(LocalDate date, long clicks) {
  public DayCount {
    if (date == null) {
      throw new IllegalArgumentException("a day count needs its date");
    }
  }
}
