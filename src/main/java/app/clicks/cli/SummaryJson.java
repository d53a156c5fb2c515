package app.clicks.cli;

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

/**
 * The summary as JSON for scripts (`report --json`): a pure function of the summary, written by JSON-B from the
 * records below. Their fields are the README's contract, so JSON-B's defaults are overridden where they would change
 * it: nulls are written (percent, fetchedAt), fields keep the README's order (not JSON-B's alphabetical one), times are
 * ISO-8601 with offset and no zone suffix, and decimals are rounded as before (1 digit for percent, 4 for the share).
 * The records are public only because JSON-B reads them by reflection; nothing else uses them.
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
    "period", "previousPeriod", "timezone", "clicks", "chats", "withoutAgent", "topAds", "moreAds", "topAgents",
    "moreAgents", "topRoutingPoints", "moreRoutingPoints", "outcomes", "moreOutcomes", "untagged", "untaggedShare",
    "byHour", "source"
  })
  public record ReportJson(
      PeriodJson period,
      PeriodJson previousPeriod,
      String timezone,
      ChangeJson clicks,
      ChangeJson chats,
      ChangeJson withoutAgent,
      List<AdJson> topAds,
      int moreAds,
      List<RankedJson> topAgents,
      int moreAgents,
      List<RankedJson> topRoutingPoints,
      int moreRoutingPoints,
      List<RankedJson> outcomes,
      int moreOutcomes,
      ChangeJson untagged,
      BigDecimal untaggedShare,
      List<Long> byHour,
      SourceJson source) {
    static ReportJson of(Summary s) {
      return new ReportJson(
          PeriodJson.of(s.periods().current()),
          PeriodJson.of(s.periods().previous()),
          s.periods().current().zone().getId(),
          ChangeJson.of(s.clicks()),
          ChangeJson.of(s.chats()),
          ChangeJson.of(s.withoutAgent()),
          s.topAds().stream().map(AdJson::of).toList(),
          s.moreAds(),
          RankedJson.of(s.topAgents()),
          s.moreAgents(),
          RankedJson.of(s.topRoutingPoints()),
          s.moreRoutingPoints(),
          RankedJson.of(s.outcomes()),
          s.moreOutcomes(),
          ChangeJson.of(s.untagged()),
          rounded(s.untaggedShare(), 4),
          s.byHour(),
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

  @JsonbPropertyOrder({"sourceId", "sourceUrl", "sourceType", "mediaType", "clicks", "previousClicks"})
  public record AdJson(
      String sourceId, String sourceUrl, String sourceType, String mediaType, long clicks, long previousClicks) {
    static AdJson of(RankedAd a) {
      return new AdJson(a.sourceId(), a.sourceUrl(), a.sourceType(), a.mediaType(), a.count(), a.previousCount());
    }
  }

  @JsonbPropertyOrder({"id", "clicks", "previousClicks"})
  public record RankedJson(String id, long clicks, long previousClicks) {
    static List<RankedJson> of(List<Ranked> rows) {
      return rows.stream().map(r -> new RankedJson(r.id(), r.count(), r.previousCount())).toList();
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
