package app.clicks.store;

/**
 * How far the fetches a request waits on have come: days to fetch from wolkvox and days done.
 *
 * @param days days being fetched (0 when the request waits on nothing)
 * @param done days of those already stored
 */
public record FetchProgress(int days, int done) {
  public static final FetchProgress NONE = new FetchProgress(0, 0);

  FetchProgress plus(int moreDays, int moreDone) {
    return new FetchProgress(days + moreDays, done + moreDone);
  }
}
