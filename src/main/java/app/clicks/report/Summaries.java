package app.clicks.report;

/** Builds a {@link Summary} from the totals of a period and its previous period: pure, no I/O. */
public final class Summaries {
  private Summaries() {}

  public static Summary of(PeriodPair periods, Totals current, Totals previous, int topN, Summary.DataNote data) {
    throw new UnsupportedOperationException("not yet");
  }
}
