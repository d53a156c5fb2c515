package app.clicks.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Counts one period's click records as they stream by, in memory bounded by the distinct ads, agents, routing
 * points and outcomes (and 16 bytes or so per distinct chat), never by the records. Not thread-safe: give each
 * thread its own and {@link #merge} them.
 */
public final class ClickTally implements Consumer<ClickRecord> {
  private static final Function<String, Count> NEW_COUNT = k -> new Count();
  private static final Function<String, Ad> NEW_AD = k -> new Ad();

  private final ZoneId zone;
  private final HourOfDay hours;
  private final LongHashSet chats = new LongHashSet(1024);
  private final Map<String, Ad> ads = new HashMap<>();
  private final Map<String, Count> agents = new HashMap<>();
  private final Map<String, Count> routingPoints = new HashMap<>();
  private final Map<String, Count> outcomes = new HashMap<>();
  private final long[] byHour = new long[24];
  private long clicks;
  private long withoutAgent;

  /** A tally whose hour-of-day counts are hours in {@code zone}, the report timezone. */
  public ClickTally(ZoneId zone) {
    this.zone = zone;
    this.hours = new HourOfDay(zone);
  }

  /** Counts one record; a record without a readable date counts everywhere except in the hours. */
  @Override
  public void accept(ClickRecord r) {
    clicks++;
    if (r.withoutAgent()) {
      withoutAgent++;
    } else {
      agents.computeIfAbsent(r.agentId(), NEW_COUNT).n++;
    }
    if (!r.chatId().isEmpty()) {
      chats.add(Hash64.of(r.chatId()));
    }
    Ad ad = ads.computeIfAbsent(r.sourceId(), NEW_AD);
    ad.clicks++;
    ad.describe(r.sourceUrl(), r.sourceType(), r.mediaType());
    routingPoints.computeIfAbsent(r.rpId(), NEW_COUNT).n++;
    outcomes.computeIfAbsent(r.codAct(), NEW_COUNT).n++;
    if (r.date() != null) {
      byHour[hours.of(r.date())]++;
    }
  }

  /** Adds another tally of the same zone into this one (for example, one per thread or per request window). */
  public ClickTally merge(ClickTally other) {
    if (!zone.equals(other.zone)) {
      throw new IllegalArgumentException("cannot merge tallies of " + zone + " and " + other.zone);
    }
    clicks += other.clicks;
    withoutAgent += other.withoutAgent;
    chats.addAll(other.chats);
    other.ads.forEach((id, theirs) -> {
      Ad ad = ads.computeIfAbsent(id, NEW_AD);
      ad.clicks += theirs.clicks;
      ad.describe(theirs.url, theirs.type, theirs.media);
    });
    add(agents, other.agents);
    add(routingPoints, other.routingPoints);
    add(outcomes, other.outcomes);
    for (int h = 0; h < 24; h++) {
      byHour[h] += other.byHour[h];
    }
    return this;
  }

  public long clicks() {
    return clicks;
  }

  /** The counts so far; ads by clicks descending, then source_id ascending. */
  public Totals toTotals() {
    List<AdCount> adCounts = new ArrayList<>(ads.size());
    ads.forEach((id, a) -> adCounts.add(new AdCount(id, a.url, a.type, a.media, a.clicks)));
    adCounts.sort(Comparator.comparingLong(AdCount::clicks).reversed().thenComparing(AdCount::sourceId));
    return new Totals(
        clicks,
        chats.size(),
        withoutAgent,
        adCounts,
        longs(agents),
        longs(routingPoints),
        longs(outcomes),
        Arrays.stream(byHour).boxed().toList());
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

  /** An ad's clicks and the first non-empty description seen of it. */
  private static final class Ad {
    long clicks;
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
