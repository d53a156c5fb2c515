package app.clicks.cli;

import app.clicks.report.Sparkline;
import app.clicks.report.Summary;
import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The summary as plain text for a terminal: a pure function of the summary. Agents, routing points, outcomes and
 * ads show "Name (id)" where they have a name, the id alone where not; conversions appear only when the summary shows
 * them (the totals, each top ad and agent, and "Ads that sold"). The trend follows the totals as a sparkline with its
 * peak ("clicks by hour ▁▂▅█▆▃ peak 11:00 (38)"), hours for a day and days for a longer period, when there was a click.
 */
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
    if (s.showsConversions()) {
      total(b, "Conversions", s.conversions(), compare);
      rateTotal(b, s.conversionRate(), compare);
    }
    total(b, "Without agent", s.withoutAgent(), compare);
    Sparkline trend = Sparkline.of(s);
    if (trend.peak() != null) {
      b.append('\n').append(trend.english()).append('\n');
    }

    b.append("\nTop ads\n");
    if (s.topAds().isEmpty()) {
      b.append("  (none)\n");
    }
    for (RankedAd ad : s.topAds()) {
      b.append(String.format(Locale.ROOT, "  %8d  %s", ad.count(), adName(ad)));
      if (ad.conversion() != null) {
        b.append("  ").append(conversions(ad.conversion()));
      }
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
    if (s.showsConversions()) {
      b.append("\nAds that sold (conversions)\n");
      if (s.topAdsByConversions().isEmpty()) {
        b.append("  (none)\n");
      }
      for (RankedAd ad : s.topAdsByConversions()) {
        b.append(String.format(Locale.ROOT, "  %8d  %s  %s of %d clicks", ad.conversion().count(), adName(ad),
            rate(ad.conversion().rate().current()), ad.count()));
        if (!ad.sourceUrl().isEmpty()) {
          b.append("  ").append(ad.sourceUrl());
        }
        b.append('\n');
      }
      more(b, s.moreAdsByConversions(), "ads with conversions");
    }
    ranking(b, "Top agents", s.topAgents(), s.moreAgents(), "agents");
    ranking(b, "Top routing points", s.topRoutingPoints(), s.moreRoutingPoints(), "routing points");
    ranking(b, "Outcomes", s.outcomes(), s.moreOutcomes(), "outcomes");
    b.append(String.format(Locale.ROOT, "\nUntagged (no code, TIMEOUTCHAT, TIMEOUTACW): %d (%.1f%% of clicks)%n",
        s.untagged().current(), s.untaggedShare() * 100));
    if (s.showsConversions()) {
      b.append("Conversions are clicks with the code ").append(String.join(", ", new TreeSet<>(s.conversionCodes())))
          .append('\n');
    }
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

  /** "Conversion rate:  14.1%   +0.1 pts vs 14.0%", the rate right-aligned with the totals' numbers. */
  private static void rateTotal(StringBuilder b, Summary.RateChange r, boolean compare) {
    b.append(String.format(Locale.ROOT, "%-16s %6s", "Conversion rate:", rate(r.current())));
    if (compare) {
      Double points = r.points();
      b.append("   ")
          .append(points == null ? "–" : String.format(Locale.ROOT, "%+.1f pts", points))
          .append(" vs ")
          .append(rate(r.previous()));
    }
    b.append('\n');
  }

  /** A rate of 0..1 as "14.1%", or "–" when there were no clicks. */
  static String rate(Double rate) {
    return rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  /** "6 conversions (11.1%)", "1 conversion (2.0%)". */
  private static String conversions(Summary.Conversion c) {
    return c.count() + (c.count() == 1 ? " conversion (" : " conversions (") + rate(c.rate().current()) + ")";
  }

  /** "Promo Black Friday (120210000000001)", or the id alone when the ad has no name. */
  private static String adName(RankedAd ad) {
    String id = ad.sourceId().isEmpty() ? "(no ad id)" : ad.sourceId();
    return named(ad.name(), id);
  }

  /** "Ana Gómez (1001)", or the id alone when there is no name. */
  private static String named(String name, String id) {
    return name == null || name.isBlank() ? id : name.strip() + " (" + id + ")";
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
      String id = r.id().isEmpty() ? "(empty)" : r.id();
      b.append(String.format(Locale.ROOT, "  %8d  %s", r.count(), named(r.name(), id)));
      if (r.conversion() != null) {
        b.append("  ").append(conversions(r.conversion()));
      }
      b.append('\n');
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
