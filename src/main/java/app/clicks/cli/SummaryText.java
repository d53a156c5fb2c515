package app.clicks.cli;

import app.clicks.report.Summary;
import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The summary as plain text for a terminal: a pure function of the summary. */
public final class SummaryText {
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private SummaryText() {}

  public static String render(Summary s) {
    boolean compare = !"file".equals(s.data().source());
    ZoneId zone = s.periods().current().zone();
    StringBuilder b = new StringBuilder();
    b.append("WhatsApp clicks — ")
        .append(s.periods().current().label())
        .append(" (")
        .append(DAY_TIME.format(s.periods().current().start()))
        .append(" to ")
        .append(DAY_TIME.format(s.periods().current().end()))
        .append(", ")
        .append(zone.getId())
        .append(")\n");
    if (compare) {
      b.append("Compared with ")
          .append(DAY_TIME.format(s.periods().previous().start()))
          .append(" to ")
          .append(DAY_TIME.format(s.periods().previous().end()))
          .append('\n');
    }
    b.append('\n');
    total(b, "Clicks", s.clicks(), compare);
    total(b, "Chats", s.chats(), compare);
    total(b, "Without agent", s.withoutAgent(), compare);

    b.append("\nTop ads\n");
    if (s.topAds().isEmpty()) {
      b.append("  (none)\n");
    }
    for (RankedAd ad : s.topAds()) {
      b.append(String.format(Locale.ROOT, "  %8d  %s", ad.count(), ad.sourceId().isEmpty() ? "(no ad id)" : ad.sourceId()));
      String kind = join(ad.sourceType(), ad.mediaType());
      if (!kind.isEmpty()) {
        b.append("  [").append(kind).append(']');
      }
      if (!ad.sourceUrl().isEmpty()) {
        b.append("  ").append(ad.sourceUrl());
      }
      b.append('\n');
    }
    more(b, s.moreAds(), "ads");
    ranking(b, "Top agents", s.topAgents(), s.moreAgents(), "agents");
    ranking(b, "Top routing points", s.topRoutingPoints(), s.moreRoutingPoints(), "routing points");
    ranking(b, "Outcomes", s.outcomes(), s.moreOutcomes(), "outcomes");
    b.append(String.format(Locale.ROOT, "\nUntagged (no code, TIMEOUTCHAT, TIMEOUTACW): %d (%.1f%% of clicks)%n",
        s.untagged().current(), s.untaggedShare() * 100));
    b.append('\n').append(note(s)).append('\n');
    return b.toString();
  }

  private static void total(StringBuilder b, String name, Change c, boolean compare) {
    b.append(String.format(Locale.ROOT, "%-14s %8d", name + ":", c.current()));
    if (compare) {
      b.append("   ").append(change(c)).append(" vs ").append(c.previous());
    }
    b.append('\n');
  }

  /** "+12 (+8.5%)", "-3 (-10.0%)", "+4 (new)", "0 (0.0%)". */
  static String change(Change c) {
    String delta = (c.delta() > 0 ? "+" : "") + c.delta();
    Double pct = c.percent();
    String p = pct == null ? (c.current() == 0 ? "–" : "new") : String.format(Locale.ROOT, "%+.1f%%", pct);
    return delta + " (" + p + ")";
  }

  private static void ranking(StringBuilder b, String title, List<Ranked> rows, int more, String what) {
    b.append('\n').append(title).append('\n');
    if (rows.isEmpty()) {
      b.append("  (none)\n");
    }
    for (Ranked r : rows) {
      b.append(String.format(Locale.ROOT, "  %8d  %s%n", r.count(), r.id().isEmpty() ? "(empty)" : r.id()));
    }
    more(b, more, what);
  }

  private static void more(StringBuilder b, int more, String what) {
    if (more > 0) {
      b.append("  +").append(more).append(" more ").append(what).append('\n');
    }
  }

  private static String note(Summary s) {
    Summary.DataNote d = s.data();
    String source =
        switch (d.source()) {
          case "file" -> "Source: file";
          case "demo" -> "Source: built-in demo data (no network)";
          default -> "Source: wolkvox";
        };
    if (d.fetchedAt() != null) {
      source += ", fetched " + DAY_TIME.format(d.fetchedAt().atZone(s.periods().current().zone()));
    }
    if (d.storeOnly()) {
      source += ". Part of this period could not be fetched (daily budget of wolkvox calls reached): it is shown as stored";
    }
    return source + ".";
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + ", " + b;
  }
}
