package app.clicks.cli;

import app.clicks.report.Period;
import app.clicks.report.Summary;
import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import java.util.List;
import java.util.Locale;

/** The summary as JSON for scripts (`report --json`): a pure function of the summary; fields in the README. */
public final class SummaryJson {
  private SummaryJson() {}

  public static String render(Summary s) {
    StringBuilder b = new StringBuilder(2048);
    b.append("{\n");
    field(b, "period", period(s.periods().current()));
    field(b, "previousPeriod", period(s.periods().previous()));
    field(b, "timezone", str(s.periods().current().zone().getId()));
    field(b, "clicks", change(s.clicks()));
    field(b, "chats", change(s.chats()));
    field(b, "withoutAgent", change(s.withoutAgent()));
    field(b, "topAds", ads(s.topAds()));
    field(b, "moreAds", Integer.toString(s.moreAds()));
    field(b, "topAgents", ranked(s.topAgents()));
    field(b, "moreAgents", Integer.toString(s.moreAgents()));
    field(b, "topRoutingPoints", ranked(s.topRoutingPoints()));
    field(b, "moreRoutingPoints", Integer.toString(s.moreRoutingPoints()));
    field(b, "outcomes", ranked(s.outcomes()));
    field(b, "moreOutcomes", Integer.toString(s.moreOutcomes()));
    field(b, "untagged", change(s.untagged()));
    field(b, "untaggedShare", String.format(Locale.ROOT, "%.4f", s.untaggedShare()));
    field(b, "byHour", s.byHour().toString().replace(" ", ""));
    b.append("  \"source\": {\"name\": ")
        .append(str(s.data().source()))
        .append(", \"fetchedAt\": ")
        .append(s.data().fetchedAt() == null ? "null" : str(s.data().fetchedAt().toString()))
        .append(", \"storeOnly\": ")
        .append(s.data().storeOnly())
        .append("}\n}\n");
    return b.toString();
  }

  private static void field(StringBuilder b, String name, String json) {
    b.append("  ").append(str(name)).append(": ").append(json).append(",\n");
  }

  private static String period(Period p) {
    return "{\"label\": " + str(p.label()) + ", \"start\": " + str(p.start().toOffsetDateTime().toString())
        + ", \"end\": " + str(p.end().toOffsetDateTime().toString()) + ", \"running\": " + p.running() + "}";
  }

  private static String change(Change c) {
    Double pct = c.percent();
    return "{\"current\": " + c.current() + ", \"previous\": " + c.previous() + ", \"delta\": " + c.delta()
        + ", \"percent\": " + (pct == null ? "null" : String.format(Locale.ROOT, "%.1f", pct)) + "}";
  }

  private static String ads(List<RankedAd> ads) {
    StringBuilder b = new StringBuilder("[");
    for (RankedAd a : ads) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append("{\"sourceId\": ").append(str(a.sourceId()))
          .append(", \"sourceUrl\": ").append(str(a.sourceUrl()))
          .append(", \"sourceType\": ").append(str(a.sourceType()))
          .append(", \"mediaType\": ").append(str(a.mediaType()))
          .append(", \"clicks\": ").append(a.count())
          .append(", \"previousClicks\": ").append(a.previousCount()).append('}');
    }
    return b.append(']').toString();
  }

  private static String ranked(List<Ranked> rows) {
    StringBuilder b = new StringBuilder("[");
    for (Ranked r : rows) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append("{\"id\": ").append(str(r.id())).append(", \"clicks\": ").append(r.count())
          .append(", \"previousClicks\": ").append(r.previousCount()).append('}');
    }
    return b.append(']').toString();
  }

  /** A JSON string literal. */
  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
