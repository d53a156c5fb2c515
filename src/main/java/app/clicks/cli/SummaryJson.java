package app.clicks.cli;

import app.clicks.report.DayCount;
import app.clicks.report.Period;
import app.clicks.report.Summary;
import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;

/**
 * The summary as JSON for scripts (`report --json`): a pure function of the summary, written by JSON-B from the
 * records below. Their fields are the README's contract, so JSON-B's defaults are overridden where they would change
 * it: nulls are written (percent, fetchedAt), fields keep the README's order (not JSON-B's alphabetical one), times are
 * ISO-8601 with offset and no zone suffix, and decimals are rounded as before (1 digit for percent, 4 for the share).
 * The records are public only because JSON-B reads them by reflection; nothing else uses them.
 *
 * <p>Names: each agent, routing point, outcome and ad has a {@code name} next to its id, null when it has none.
 * Conversions: when the summary has conversion codes, {@code conversions} is a change object like {@code clicks},
 * {@code conversionRate} one of rates (0..1, 4 decimals; {@code delta} in rate units; {@code percent} the relative
 * change of the rate, as for counts), each ad and agent has {@code conversions} and {@code previousConversions}, and
 * {@code topAdsByConversions} ranks the ads that sold. Without codes, {@code conversionCodes} is empty, those
 * objects and per-item counts are null and the ranking is empty: "none defined", never zero conversions.
 *
 * <p>Days: {@code byDay} and {@code previousByDay} list {@code {"date": "2026-11-22", "clicks": 41}} for each day of
 * the period and of the previous one, in date order.
 */
public final class SummaryJson {
  private SummaryJson() {}

  /** The summary as one JSON object, formatted for a person, with a final newline. */
  public static String render(Summary s) {
    return Writer.JSONB.toJson(ReportJson.of(s)) + "\n";
  }

  /** Made on the first --json only: the text output should not pay for JSON-B's start-up. */
  private static final class Writer {
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(true));
  }

  @JsonbPropertyOrder({
    "period", "previousPeriod", "timezone", "clicks", "chats", "withoutAgent", "conversions", "conversionRate",
    "conversionCodes", "topAds", "moreAds", "topAdsByConversions", "moreAdsByConversions", "topAgents",
    "moreAgents", "topRoutingPoints", "moreRoutingPoints", "outcomes", "moreOutcomes", "untagged", "untaggedShare",
    "byHour", "byDay", "previousByDay", "source"
  })
  public record ReportJson(
      PeriodJson period,
      PeriodJson previousPeriod,
      String timezone,
      ChangeJson clicks,
      ChangeJson chats,
      ChangeJson withoutAgent,
      ChangeJson conversions,
      RateJson conversionRate,
      List<String> conversionCodes,
      List<AdJson> topAds,
      int moreAds,
      List<AdJson> topAdsByConversions,
      int moreAdsByConversions,
      List<AgentJson> topAgents,
      int moreAgents,
      List<RankedJson> topRoutingPoints,
      int moreRoutingPoints,
      List<RankedJson> outcomes,
      int moreOutcomes,
      ChangeJson untagged,
      BigDecimal untaggedShare,
      List<Long> byHour,
      List<DayJson> byDay,
      List<DayJson> previousByDay,
      SourceJson source) {
    static ReportJson of(Summary s) {
      return new ReportJson(
          PeriodJson.of(s.periods().current()),
          PeriodJson.of(s.periods().previous()),
          s.periods().current().zone().getId(),
          ChangeJson.of(s.clicks()),
          ChangeJson.of(s.chats()),
          ChangeJson.of(s.withoutAgent()),
          s.conversions() == null ? null : ChangeJson.of(s.conversions()),
          s.conversionRate() == null ? null : RateJson.of(s.conversionRate()),
          new TreeSet<>(s.conversionCodes()).stream().toList(),
          s.topAds().stream().map(AdJson::of).toList(),
          s.moreAds(),
          s.topAdsByConversions().stream().map(AdJson::of).toList(),
          s.moreAdsByConversions(),
          AgentJson.of(s.topAgents()),
          s.moreAgents(),
          RankedJson.of(s.topRoutingPoints()),
          s.moreRoutingPoints(),
          RankedJson.of(s.outcomes()),
          s.moreOutcomes(),
          ChangeJson.of(s.untagged()),
          rounded(s.untaggedShare(), 4),
          s.byHour(),
          DayJson.of(s.byDay()),
          DayJson.of(s.previousByDay()),
          SourceJson.of(s.data()));
    }
  }

  /** start and end as ISO-8601 with offset (end exclusive), as OffsetDateTime prints them: no [zone] suffix. */
  @JsonbPropertyOrder({"label", "start", "end", "running"})
  public record PeriodJson(String label, String start, String end, boolean running) {
    static PeriodJson of(Period p) {
      return new PeriodJson(
          p.label(), p.start().toOffsetDateTime().toString(), p.end().toOffsetDateTime().toString(), p.running());
    }
  }

  /** percent is null when the previous period had none. */
  @JsonbPropertyOrder({"current", "previous", "delta", "percent"})
  public record ChangeJson(long current, long previous, long delta, BigDecimal percent) {
    static ChangeJson of(Change c) {
      Double pct = c.percent();
      return new ChangeJson(c.current(), c.previous(), c.delta(), pct == null ? null : rounded(pct, 1));
    }
  }

  /**
   * Rates of 0..1 with 4 decimals, null where the period had no clicks; delta = current - previous in rate units;
   * percent = delta / previous * 100 with 1 decimal, as for counts, null when either rate is null or previous is 0.
   */
  @JsonbPropertyOrder({"current", "previous", "delta", "percent"})
  public record RateJson(BigDecimal current, BigDecimal previous, BigDecimal delta, BigDecimal percent) {
    static RateJson of(Summary.RateChange r) {
      Double now = r.current();
      Double before = r.previous();
      boolean both = now != null && before != null;
      return new RateJson(now == null ? null : rounded(now, 4), before == null ? null : rounded(before, 4),
          both ? rounded(now - before, 4) : null,
          both && before != 0 ? rounded((now - before) * 100.0 / before, 1) : null);
    }
  }

  /** name is the name admins gave the ad, or null; conversions null when there are no conversion codes. */
  @JsonbPropertyOrder({
    "sourceId", "name", "sourceUrl", "sourceType", "mediaType", "clicks", "previousClicks", "conversions",
    "previousConversions"
  })
  public record AdJson(String sourceId, String name, String sourceUrl, String sourceType, String mediaType,
      long clicks, long previousClicks, Long conversions, Long previousConversions) {
    static AdJson of(RankedAd a) {
      Summary.Conversion c = a.conversion();
      return new AdJson(a.sourceId(), a.name(), a.sourceUrl(), a.sourceType(), a.mediaType(), a.count(),
          a.previousCount(), c == null ? null : c.count(), c == null ? null : c.previousCount());
    }
  }

  /** An agent: name from wolkvox's directory or null; conversions null when there are no conversion codes. */
  @JsonbPropertyOrder({"id", "name", "clicks", "previousClicks", "conversions", "previousConversions"})
  public record AgentJson(String id, String name, long clicks, long previousClicks, Long conversions,
      Long previousConversions) {
    static List<AgentJson> of(List<Ranked> rows) {
      return rows.stream()
          .map(r -> new AgentJson(r.id(), r.name(), r.count(), r.previousCount(),
              r.conversion() == null ? null : r.conversion().count(),
              r.conversion() == null ? null : r.conversion().previousCount()))
          .toList();
    }
  }

  /** A routing point or an outcome: name (the outcome's description) from wolkvox's directory, or null. */
  @JsonbPropertyOrder({"id", "name", "clicks", "previousClicks"})
  public record RankedJson(String id, String name, long clicks, long previousClicks) {
    static List<RankedJson> of(List<Ranked> rows) {
      return rows.stream().map(r -> new RankedJson(r.id(), r.name(), r.count(), r.previousCount())).toList();
    }
  }

  /**
   * The clicks of one day of the report timezone (those with a readable date), as in byDay and previousByDay: every
   * day of the period in date order, zero included; the lists are empty when the source did not count by day.
   */
  @JsonbPropertyOrder({"date", "clicks"})
  public record DayJson(String date, long clicks) {
    static List<DayJson> of(List<DayCount> days) {
      return days.stream().map(d -> new DayJson(d.date().toString(), d.clicks())).toList();
    }
  }

  /** fetchedAt is an Instant as ISO-8601 in UTC, or null (a file). */
  @JsonbPropertyOrder({"name", "fetchedAt", "storeOnly"})
  public record SourceJson(String name, String fetchedAt, boolean storeOnly) {
    static SourceJson of(Summary.DataNote d) {
      return new SourceJson(d.source(), d.fetchedAt() == null ? null : d.fetchedAt().toString(), d.storeOnly());
    }
  }

  /**
   * Rounded half up to {@code digits} decimals from the double's shortest decimal form, as String.format's "%.1f"
   * did; always that many digits ("600.0", "0.3333"). Minus zero becomes 0.
   */
  static BigDecimal rounded(double value, int digits) {
    BigDecimal r = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
    return r.signum() == 0 ? BigDecimal.ZERO.setScale(digits) : r;
  }
}
