package app.clicks.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Counts one period's click records as they stream by, in memory bounded by the distinct ads, agents, routing
 * points and outcomes (ads and agents by outcome too; and 16 bytes or so per distinct chat), never by the records.
 * Not thread-safe: give each thread its own and {@link #merge} them. A tally made by {@link #countingDays} counts
 * clicks by calendar day too (one entry a day), for the day trend of a summary.
 */
public final class ClickTally implements Consumer<ClickRecord> {
  private static final Function<String, Count> NEW_COUNT = k -> new Count();
  private static final Function<String, Ad> NEW_AD = k -> new Ad();
  private static final Function<String, Agent> NEW_AGENT = k -> new Agent();
  private static final Function<Long, Count> NEW_DAY = k -> new Count();

  private final ZoneId zone;
  private final HourOfDay hours;
  private final LongHashSet chats = new LongHashSet(1024);
  private final Map<String, Ad> ads = new HashMap<>();
  private final Map<String, Agent> agents = new HashMap<>();
  private final Map<String, Count> routingPoints = new HashMap<>();
  private final Map<String, Count> outcomes = new HashMap<>();
  private final long[] byHour = new long[24];
  /** Clicks by epoch day; null when this tally does not count by day. */
  private final Map<Long, Count> byDay;
  private long lastDay = Long.MIN_VALUE;
  private Count lastDayCount;
  private long clicks;
  private long withoutAgent;

  /** A tally whose hour-of-day counts are hours in {@code zone}, the report timezone. */
  public ClickTally(ZoneId zone) {
    this(zone, false);
  }

  private ClickTally(ZoneId zone, boolean countDays) {
    this.zone = zone;
    this.hours = new HourOfDay(zone);
    this.byDay = countDays ? new HashMap<>() : null;
  }

  /** A tally that also counts clicks by calendar day in {@code zone} ({@link Totals#byDay}). */
  public static ClickTally countingDays(ZoneId zone) {
    return new ClickTally(zone, true);
  }

  /** Counts one record; a record without a readable date counts everywhere except in the hours. */
  @Override
  public void accept(ClickRecord r) {
    clicks++;
    if (r.withoutAgent()) {
      withoutAgent++;
    } else {
      Agent agent = agents.computeIfAbsent(r.agentId(), NEW_AGENT);
      agent.n++;
      agent.outcomes.computeIfAbsent(r.codAct(), NEW_COUNT).n++;
    }
    if (!r.chatId().isEmpty()) {
      chats.add(Hash64.of(r.chatId()));
    }
    Ad ad = ads.computeIfAbsent(r.sourceId(), NEW_AD);
    ad.clicks++;
    ad.outcomes.computeIfAbsent(r.codAct(), NEW_COUNT).n++;
    ad.describe(r.sourceUrl(), r.sourceType(), r.mediaType());
    routingPoints.computeIfAbsent(r.rpId(), NEW_COUNT).n++;
    outcomes.computeIfAbsent(r.codAct(), NEW_COUNT).n++;
    if (r.date() != null) {
      byHour[hours.of(r.date())]++;
      if (byDay != null) {
        countDay(hours.epochDay(r.date()));
      }
    }
  }

  /** Counts a click on {@code epochDay}; records mostly come in day order, so the last day's counter is kept. */
  private void countDay(long epochDay) {
    if (epochDay != lastDay) {
      lastDay = epochDay;
      lastDayCount = byDay.computeIfAbsent(epochDay, NEW_DAY);
    }
    lastDayCount.n++;
  }

  /** Adds another tally of the same zone into this one (for example, one per thread or per request window). */
  public ClickTally merge(ClickTally other) {
    if (!zone.equals(other.zone)) {
      throw new IllegalArgumentException("cannot merge tallies of " + zone + " and " + other.zone);
    }
    if ((byDay == null) != (other.byDay == null)) {
      throw new IllegalArgumentException("cannot merge a tally that counts days with one that does not");
    }
    clicks += other.clicks;
    withoutAgent += other.withoutAgent;
    chats.addAll(other.chats);
    other.ads.forEach((id, theirs) -> {
      Ad ad = ads.computeIfAbsent(id, NEW_AD);
      ad.clicks += theirs.clicks;
      add(ad.outcomes, theirs.outcomes);
      ad.describe(theirs.url, theirs.type, theirs.media);
    });
    other.agents.forEach((id, theirs) -> {
      Agent agent = agents.computeIfAbsent(id, NEW_AGENT);
      agent.n += theirs.n;
      add(agent.outcomes, theirs.outcomes);
    });
    add(routingPoints, other.routingPoints);
    add(outcomes, other.outcomes);
    for (int h = 0; h < 24; h++) {
      byHour[h] += other.byHour[h];
    }
    if (byDay != null) {
      other.byDay.forEach((day, c) -> byDay.computeIfAbsent(day, NEW_DAY).n += c.n);
    }
    return this;
  }

  public long clicks() {
    return clicks;
  }

  /** The counts so far; ads by clicks descending, then source_id ascending. */
  public Totals toTotals() {
    List<AdCount> adCounts = new ArrayList<>(ads.size());
    Map<String, Map<String, Long>> adOutcomes = new HashMap<>(ads.size() * 2);
    ads.forEach((id, a) -> {
      adCounts.add(new AdCount(id, a.url, a.type, a.media, a.clicks));
      adOutcomes.put(id, longs(a.outcomes));
    });
    adCounts.sort(Comparator.comparingLong(AdCount::clicks).reversed().thenComparing(AdCount::sourceId));
    Map<String, Long> agentClicks = new HashMap<>(agents.size() * 2);
    Map<String, Map<String, Long>> agentOutcomes = new HashMap<>(agents.size() * 2);
    agents.forEach((id, a) -> {
      agentClicks.put(id, a.n);
      agentOutcomes.put(id, longs(a.outcomes));
    });
    return new Totals(
        clicks,
        chats.size(),
        withoutAgent,
        adCounts,
        agentClicks,
        longs(routingPoints),
        longs(outcomes),
        Arrays.stream(byHour).boxed().toList(),
        new OutcomeCounts(adOutcomes),
        new OutcomeCounts(agentOutcomes),
        days());
  }

  private Map<LocalDate, Long> days() {
    if (byDay == null) {
      return null;
    }
    Map<LocalDate, Long> out = new TreeMap<>();
    byDay.forEach((day, c) -> out.put(LocalDate.ofEpochDay(day), c.n));
    return out;
  }

  private static void add(Map<String, Count> into, Map<String, Count> from) {
    from.forEach((id, c) -> into.computeIfAbsent(id, NEW_COUNT).n += c.n);
  }

  private static Map<String, Long> longs(Map<String, Count> counts) {
    Map<String, Long> out = new HashMap<>(counts.size() * 2);
    counts.forEach((id, c) -> out.put(id, c.n));
    return out;
  }

  /** A mutable counter, so that counting does not box. */
  private static final class Count {
    long n;
  }

  /** An agent's clicks, by outcome as wolkvox sent it too. */
  private static final class Agent {
    long n;
    final Map<String, Count> outcomes = new HashMap<>(8);
  }

  /** An ad's clicks (by outcome as wolkvox sent it too) and the first non-empty description seen of it. */
  private static final class Ad {
    long clicks;
    final Map<String, Count> outcomes = new HashMap<>(8);
    String url = "";
    String type = "";
    String media = "";

    void describe(String sourceUrl, String sourceType, String mediaType) {
      if (url.isEmpty()) {
        url = sourceUrl;
      }
      if (type.isEmpty()) {
        type = sourceType;
      }
      if (media.isEmpty()) {
        media = mediaType;
      }
    }
  }
}
