package app.clicks.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregates of one period's click records: what a store computes with SQL and a file with streamed counts.
 *
 * @param clicks records
 * @param chats distinct non-empty chat_id
 * @param withoutAgent records with an empty agent_id
 * @param ads one entry per source_id (empty source_id included as "")
 * @param agents clicks per non-empty agent_id
 * @param routingPoints clicks per rp_id (empty included as "")
 * @param outcomes clicks per cod_act as wolkvox sent it (empty included as "")
 * @param byHour 24 counts, by hour of day in the report timezone
 * @param adOutcomes clicks by source_id and outcome (what conversions by ad are counted from)
 * @param agentOutcomes clicks by non-empty agent_id and outcome (conversions by agent)
 * @param byDay clicks by calendar day of the report timezone (records with a readable date), in date order, days
 *     without clicks may be absent; null when the source did not count by day (then a summary has no day trend and
 *     a chart falls back to the hours)
 */
public record Totals(
    long clicks,
    long chats,
    long withoutAgent,
    List<AdCount> ads,
    Map<String, Long> agents,
    Map<String, Long> routingPoints,
    Map<String, Long> outcomes,
    List<Long> byHour,
    OutcomeCounts adOutcomes,
    OutcomeCounts agentOutcomes,
    Map<LocalDate, Long> byDay) {

  public static final Totals EMPTY =
      new Totals(0, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), java.util.Collections.nCopies(24, 0L));

  /** Totals without clicks by outcome (no conversions by ad or agent can be told from them). */
  public Totals(long clicks, long chats, long withoutAgent, List<AdCount> ads, Map<String, Long> agents,
      Map<String, Long> routingPoints, Map<String, Long> outcomes, List<Long> byHour) {
    this(clicks, chats, withoutAgent, ads, agents, routingPoints, outcomes, byHour, OutcomeCounts.EMPTY,
        OutcomeCounts.EMPTY);
  }

  /** Totals not counted by day. */
  public Totals(long clicks, long chats, long withoutAgent, List<AdCount> ads, Map<String, Long> agents,
      Map<String, Long> routingPoints, Map<String, Long> outcomes, List<Long> byHour, OutcomeCounts adOutcomes,
      OutcomeCounts agentOutcomes) {
    this(clicks, chats, withoutAgent, ads, agents, routingPoints, outcomes, byHour, adOutcomes, agentOutcomes, null);
  }

  public Totals {
    ads = List.copyOf(ads);
    agents = Map.copyOf(agents);
    routingPoints = Map.copyOf(routingPoints);
    outcomes = Map.copyOf(outcomes);
    byHour = List.copyOf(byHour);
    adOutcomes = adOutcomes == null ? OutcomeCounts.EMPTY : adOutcomes;
    agentOutcomes = agentOutcomes == null ? OutcomeCounts.EMPTY : agentOutcomes;
    byDay = byDay == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
    if (byHour.size() != 24) {
      throw new IllegalArgumentException("byHour needs 24 entries, got " + byHour.size());
    }
  }

  /** True when the source counted clicks by day ({@link #byDay} is not null). */
  public boolean countedByDay() {
    return byDay != null;
  }
}
