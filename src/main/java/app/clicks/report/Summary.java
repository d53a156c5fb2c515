package app.clicks.report;

import java.time.Instant;
import java.util.List;

/**
 * What a person reads about a period: totals with their change against the previous period, the top ads, agents
 * and routing points, the outcomes and the untagged share, and where the data came from. Built by
 * {@link Summaries#of}; rendered by the Slack blocks, the terminal text and the JSON output.
 *
 * @param topAds at most topN, ties by clicks descending then id ascending
 * @param moreAds how many more ads there were past the top N
 * @param outcomes cod_act ranking, without the untagged ones (empty, TIMEOUTCHAT, TIMEOUTACW)
 * @param untagged clicks whose cod_act is empty, TIMEOUTCHAT or TIMEOUTACW, with the previous period's
 * @param untaggedShare untagged / clicks of the current period, 0..1 (0 when there were no clicks)
 * @param byHour 24 counts of the current period by hour of day in the report timezone
 */
public record Summary(
    PeriodPair periods,
    int topN,
    Change clicks,
    Change chats,
    Change withoutAgent,
    List<RankedAd> topAds,
    int moreAds,
    List<Ranked> topAgents,
    int moreAgents,
    List<Ranked> topRoutingPoints,
    int moreRoutingPoints,
    List<Ranked> outcomes,
    int moreOutcomes,
    Change untagged,
    double untaggedShare,
    List<Long> byHour,
    DataNote data) {

  /** A total now and in the previous period. */
  public record Change(long current, long previous) {
    public long delta() {
      return current - previous;
    }

    /** Change in percent against the previous period, or null when the previous period had none. */
    public Double percent() {
      return previous == 0 ? null : (current - previous) * 100.0 / previous;
    }
  }

  /** One line of a ranking: an id (agent, routing point, cod_act) and its clicks, now and before. */
  public record Ranked(String id, long count, long previousCount) {}

  /** One ad or post of the ranking, with its link, type and media type. */
  public record RankedAd(
      String sourceId, String sourceUrl, String sourceType, String mediaType, long count, long previousCount) {}

  /**
   * Where the numbers came from.
   *
   * @param fetchedAt when the freshest data was fetched from wolkvox (null for a file)
   * @param storeOnly true when part of the period could not be fetched (budget reached) and comes from the store
   * @param source a short name of the source: "wolkvox", "demo", "file"
   */
  public record DataNote(Instant fetchedAt, boolean storeOnly, String source) {
    public static DataNote file() {
      return new DataNote(null, false, "file");
    }
  }
}
