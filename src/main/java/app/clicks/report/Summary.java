package app.clicks.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a person reads about a period: totals with their change against the previous period, the top ads, agents
 * and routing points (with their names), the outcomes, the untagged share, conversions when the workspace has
 * conversion codes, and where the data came from. Built by {@link Summaries#of}; rendered by the Slack blocks, the
 * terminal text and the JSON output.
 *
 * @param topAds at most topN, ties by clicks descending then id ascending
 * @param moreAds how many more ads there were past the top N
 * @param outcomes cod_act ranking, without the untagged ones (empty, TIMEOUTCHAT, TIMEOUTACW)
 * @param untagged clicks whose cod_act is empty, TIMEOUTCHAT or TIMEOUTACW, with the previous period's
 * @param untaggedShare untagged / clicks of the current period, 0..1 (0 when there were no clicks)
 * @param byHour 24 counts of the current period by hour of day in the report timezone
 * @param conversionCodes the outcome codes counted as conversions (trimmed, upper case); empty when the workspace has
 *     none, and then nothing about conversions is shown
 * @param conversions clicks whose outcome is a conversion code, with the previous period's; null when there are no
 *     conversion codes (never "0 conversions" for a workspace that has none)
 * @param conversionRate conversions / clicks, with the previous period's; null when there are no conversion codes
 * @param topAdsByConversions "Ads that sold": at most topN ads with a conversion, conversions descending then id
 *     ascending; empty when there are no conversion codes
 * @param moreAdsByConversions how many more ads had a conversion past those
 * @param previousByHour 24 counts of the previous period by hour of day; empty when unknown
 * @param byDay the current period's clicks for each of its days ({@link Period#days()}), in date order, zero
 *     included; empty when the totals were not counted by day
 * @param previousByDay the same for the previous period
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
    DataNote data,
    Set<String> conversionCodes,
    Change conversions,
    RateChange conversionRate,
    List<RankedAd> topAdsByConversions,
    int moreAdsByConversions,
    List<Long> previousByHour,
    List<DayCount> byDay,
    List<DayCount> previousByDay) {

  /** A summary without names or conversions (as before there were any). */
  public Summary(PeriodPair periods, int topN, Change clicks, Change chats, Change withoutAgent, List<RankedAd> topAds,
      int moreAds, List<Ranked> topAgents, int moreAgents, List<Ranked> topRoutingPoints, int moreRoutingPoints,
      List<Ranked> outcomes, int moreOutcomes, Change untagged, double untaggedShare, List<Long> byHour,
      DataNote data) {
    this(periods, topN, clicks, chats, withoutAgent, topAds, moreAds, topAgents, moreAgents, topRoutingPoints,
        moreRoutingPoints, outcomes, moreOutcomes, untagged, untaggedShare, byHour, data, Set.of(), null,
        null, List.of(), 0);
  }

  /** A summary without the previous period's hours and without days. */
  public Summary(PeriodPair periods, int topN, Change clicks, Change chats, Change withoutAgent, List<RankedAd> topAds,
      int moreAds, List<Ranked> topAgents, int moreAgents, List<Ranked> topRoutingPoints, int moreRoutingPoints,
      List<Ranked> outcomes, int moreOutcomes, Change untagged, double untaggedShare, List<Long> byHour,
      DataNote data, Set<String> conversionCodes, Change conversions, RateChange conversionRate,
      List<RankedAd> topAdsByConversions, int moreAdsByConversions) {
    this(periods, topN, clicks, chats, withoutAgent, topAds, moreAds, topAgents, moreAgents, topRoutingPoints,
        moreRoutingPoints, outcomes, moreOutcomes, untagged, untaggedShare, byHour, data, conversionCodes,
        conversions, conversionRate, topAdsByConversions, moreAdsByConversions, List.of(), List.of(), List.of());
  }

  public Summary {
    previousByHour = previousByHour == null ? List.of() : List.copyOf(previousByHour);
    byDay = byDay == null ? List.of() : List.copyOf(byDay);
    previousByDay = previousByDay == null ? List.of() : List.copyOf(previousByDay);
    conversionCodes = conversionCodes == null ? Set.of() : Set.copyOf(conversionCodes);
    topAdsByConversions = topAdsByConversions == null ? List.of() : List.copyOf(topAdsByConversions);
  }

  /** True when the workspace has conversion codes, so that conversions are shown (zero ones included). */
  public boolean showsConversions() {
    return conversions != null;
  }

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

  /**
   * A rate from 0 to 1 now and in the previous period.
   *
   * @param current null when the period had no clicks
   * @param previous null when the previous period had no clicks
   */
  public record RateChange(Double current, Double previous) {
    /** conversions / clicks now and before; a rate is null where there were no clicks. */
    public static RateChange of(long count, long clicks, long previousCount, long previousClicks) {
      return new RateChange(clicks == 0 ? null : (double) count / clicks,
          previousClicks == 0 ? null : (double) previousCount / previousClicks);
    }

    /** The change in percentage points (0.25 to 0.30 is +5), or null when either rate is unknown. */
    public Double points() {
      return current == null || previous == null ? null : (current - previous) * 100.0;
    }
  }

  /**
   * The conversions of one ad or agent, now and before, and its conversion rate (its conversions / its clicks).
   *
   * @param count conversions in the current period
   * @param previousCount conversions in the previous period
   */
  public record Conversion(long count, long previousCount, RateChange rate) {}

  /**
   * One line of a ranking: an id (agent, routing point, cod_act) and its clicks, now and before.
   *
   * @param name the agent's or routing point's name, or the outcome's description, from wolkvox's directory; null when
   *     it has none
   * @param conversion the agent's conversions; null for routing points and outcomes, and when there are no conversion
   *     codes
   */
  public record Ranked(String id, String name, long count, long previousCount, Conversion conversion) {
    /** A line with no name and no conversions. */
    public Ranked(String id, long count, long previousCount) {
      this(id, null, count, previousCount, null);
    }
  }

  /**
   * One ad or post of the ranking, with its link, type and media type.
   *
   * @param name the name admins gave the ad; null when it has none
   * @param conversion its conversions; null when there are no conversion codes
   */
  public record RankedAd(String sourceId, String name, String sourceUrl, String sourceType, String mediaType,
      long count, long previousCount, Conversion conversion) {
    /** An ad with no name and no conversions. */
    public RankedAd(
        String sourceId, String sourceUrl, String sourceType, String mediaType, long count, long previousCount) {
      this(sourceId, null, sourceUrl, sourceType, mediaType, count, previousCount, null);
    }
  }

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
