package app.clicks.slack.common;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import app.clicks.report.Summary.Change;
import app.clicks.report.Summary.Ranked;
import app.clicks.report.Summary.RankedAd;
import app.clicks.report.Sparkline;
import app.clicks.report.Summary;
import app.clicks.report.Trend;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Summary} as a Block Kit message: a pure function of the summary and the texts, kept inside
 * Slack's limits (at most {@link #MAX_BLOCKS} blocks, {@link #MAX_SECTION_TEXT} characters a section,
 * {@link #MAX_HEADER} a header, about {@link #MAX_TOTAL_TEXT} characters of text in all).
 *
 * <p>Agents, routing points and outcomes show "Name (id)" where the directory names them, the id alone where not; a
 * named ad shows its name linked to its URL, with the id beside it. When the summary shows conversions, the totals
 * gain conversions and the conversion rate, each top ad and agent its conversions and rate, and "Ads that sold"
 * ranks ads by conversions; otherwise nothing about conversions appears. A message too long for Slack first loses
 * its links, then lines of each ranking (the "+k more" line counts them).
 */
public final class SummaryBlocks {
  /** Slack allows 50 blocks; the renderer leaves room for the caller's own (a share button, a footer). */
  public static final int MAX_BLOCKS = 45;
  public static final int MAX_SECTION_TEXT = 3000;
  public static final int MAX_HEADER = 150;
  public static final int MAX_TOTAL_TEXT = 12_000;
  /** Lines a ranking shows at most, whatever the summary holds. */
  public static final int MAX_LINES = 20;
  /** Lines a ranking shows when no one asked for another number (the digest, /clicks without "top N"). */
  public static final int DEFAULT_TOP = 5;
  static final int MAX_ROUTING_POINTS = 5;
  static final int MAX_OUTCOMES = 10;
  static final int MAX_ID = 60;
  static final int MAX_URL = 200;
  static final int MAX_LABEL = 30;
  static final int MAX_NAME = 80;
  /** What to try, in order, until the message fits: links and all lines, no links, then fewer lines. */
  private static final List<Layout> LAYOUTS = List.of(new Layout(true, MAX_LINES), new Layout(false, MAX_LINES),
      new Layout(false, 10), new Layout(false, DEFAULT_TOP), new Layout(false, 3), new Layout(false, 1));

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** The peak day of a sparkline: "Tue 2026-11-24" in the reader's language. */
  private static final DateTimeFormatter PEAK_DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd");

  private SummaryBlocks() {}

  /** The summary under the default header: "Clicks · period (timezone)". */
  public static BlockMessage render(Summary summary, Texts texts) {
    return render(summary, texts, defaultHeader(summary, texts));
  }

  /** The summary under {@code header} (the digest gives its own), cut to {@value #MAX_HEADER} characters. */
  public static BlockMessage render(Summary summary, Texts texts, String header) {
    BlockMessage m = null;
    for (Layout layout : LAYOUTS) {
      m = build(summary, texts, header, layout);
      if (textLength(m.blocks()) <= MAX_TOTAL_TEXT) {
        return m;
      }
    }
    return m;
  }

  /**
   * How much of the summary a message holds.
   *
   * @param links whether ads link to their URL
   * @param lines lines a ranking shows at most
   */
  private record Layout(boolean links, int lines) {}

  /** "Clicks · yesterday (America/Bogota)" in the language of {@code texts}. */
  public static String defaultHeader(Summary summary, Texts texts) {
    return texts.get("summary.header", PeriodLabels.say(summary.periods().current(), texts),
        summary.periods().current().zone().getId());
  }

  private static BlockMessage build(Summary s, Texts t, String header, Layout layout) {
    Locale locale = t.locale();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(cut(header, MAX_HEADER)))));
    blocks.add(context(List.of(markdownText(escape(
        t.get("summary.comparedWith", PeriodLabels.say(s.periods().previous(), t)))))));
    List<TextObject> fields = new ArrayList<>(List.of(
        field(t.get("summary.clicks"), s.clicks(), locale),
        field(t.get("summary.chats"), s.chats(), locale)));
    if (s.showsConversions()) {
      fields.add(field(t.get("summary.conversions"), s.conversions(), locale));
      fields.add(markdownText(
          "*" + escape(t.get("summary.conversionRate")) + "*\n" + rateChange(s.conversionRate(), t)));
    }
    fields.add(field(t.get("summary.withoutAgent"), s.withoutAgent(), locale));
    fields.add(markdownText(field(t.get("summary.untagged"), s.untagged(), locale).getText() + "\n"
        + t.get("summary.untaggedShare", percent(s.untaggedShare(), locale))));
    blocks.add(section(b -> b.fields(fields)));
    java.util.Optional<String> trend = sparkline(s, t);
    if (trend.isPresent()) {
      blocks.add(context(List.of(markdownText(trend.get()))));
    }
    if (s.clicks().current() == 0 && s.topAds().isEmpty() && s.topAgents().isEmpty()) {
      blocks.add(section(b -> b.text(markdownText(t.get("summary.noClicks")))));
    } else {
      blocks.add(divider());
      int max = layout.lines();
      List<String> ads = new ArrayList<>();
      int rank = 0;
      for (RankedAd ad : s.topAds().subList(0, Math.min(max, s.topAds().size()))) {
        ads.add(adLine(++rank, ad, t, layout.links()));
      }
      ranking(blocks, t.get("summary.topAds"), ads, s.moreAds() + Math.max(0, s.topAds().size() - max), t);
      if (s.showsConversions()) {
        List<String> sold = new ArrayList<>();
        rank = 0;
        for (RankedAd ad : s.topAdsByConversions().subList(0, Math.min(max, s.topAdsByConversions().size()))) {
          sold.add(soldLine(++rank, ad, t, layout.links()));
        }
        if (sold.isEmpty()) {
          sold.add("_" + escape(t.get("summary.noneSold")) + "_");
        }
        ranking(blocks, t.get("summary.adsThatSold"), sold,
            s.moreAdsByConversions() + Math.max(0, s.topAdsByConversions().size() - max), t);
      }
      ranking(blocks, t.get("summary.topAgents"), rankedLines(s.topAgents(), max, t, true),
          s.moreAgents() + Math.max(0, s.topAgents().size() - max), t);
      if (!s.topRoutingPoints().isEmpty()) {
        int shown = Math.min(max, MAX_ROUTING_POINTS);
        ranking(blocks, t.get("summary.topRoutingPoints"), rankedLines(s.topRoutingPoints(), shown, t, true),
            s.moreRoutingPoints() + Math.max(0, s.topRoutingPoints().size() - shown), t);
      }
      if (!s.outcomes().isEmpty()) {
        int shown = Math.min(max, MAX_OUTCOMES);
        ranking(blocks, t.get("summary.outcomes"), rankedLines(s.outcomes(), shown, t, false),
            s.moreOutcomes() + Math.max(0, s.outcomes().size() - shown), t);
      }
    }
    blocks.add(context(List.of(markdownText(dataNote(s, t)))));
    if (blocks.size() > MAX_BLOCKS) {
      List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
      kept.add(blocks.get(blocks.size() - 1));
      blocks = kept;
    }
    String label = PeriodLabels.say(s.periods().current(), t);
    String text = s.showsConversions()
        ? t.get("summary.fallbackConversions", label, s.clicks().current(), s.chats().current(),
            s.withoutAgent().current(), s.conversions().current())
        : t.get("summary.fallback", label, s.clicks().current(), s.chats().current(), s.withoutAgent().current());
    return new BlockMessage(text, blocks);
  }

  /** Adds a titled ranking as one or more sections, each within the section limit, ending with "+k more". */
  private static void ranking(List<LayoutBlock> blocks, String title, List<String> lines, int more, Texts t) {
    if (lines.isEmpty() && more <= 0) {
      return;
    }
    List<String> all = new ArrayList<>(lines);
    if (more > 0) {
      all.add("_" + t.get("summary.more", more) + "_");
    }
    StringBuilder current = new StringBuilder("*").append(escape(title)).append('*');
    for (String line : all) {
      if (current.length() + 1 + line.length() > MAX_SECTION_TEXT) {
        String done = current.toString();
        blocks.add(section(b -> b.text(markdownText(done))));
        current = new StringBuilder();
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
    }
    String last = current.toString();
    blocks.add(section(b -> b.text(markdownText(last))));
  }

  private static String adLine(int rank, RankedAd ad, Texts t, boolean links) {
    String type = ad.sourceType().isBlank() ? t.get("summary.noType") : cut(ad.sourceType(), MAX_LABEL);
    String media = ad.mediaType().isBlank() ? t.get("summary.noMedia") : cut(ad.mediaType(), MAX_LABEL);
    String line = rank + ". " + adName(ad, t, links) + " · " + escape(type) + " · " + escape(media) + " — *"
        + t.get("summary.clicksCount", ad.count()) + "* (" + signed(ad.count() - ad.previousCount(), t.locale())
        + ")";
    Summary.Conversion c = ad.conversion();
    return c == null ? line : line + " · *" + t.get("summary.conversionsCount", c.count()) + "* ("
        + rate(c.rate().current(), t) + ")";
  }

  /** "1. <url|Name> (id) — *6 conversions* of 54 clicks (11.1%)". */
  private static String soldLine(int rank, RankedAd ad, Texts t, boolean links) {
    Summary.Conversion c = ad.conversion();
    long sold = c == null ? 0 : c.count();
    String rate = c == null ? t.get("summary.noRate") : rate(c.rate().current(), t);
    return rank + ". " + adName(ad, t, links) + " — " + t.get("summary.ofClicks",
        "*" + t.get("summary.conversionsCount", sold) + "*", t.get("summary.clicksCount", ad.count()), rate);
  }

  /**
   * The ad as a person reads it: "<url|Name> (id)" when named, "<url|id>" when not; without the link when
   * {@code links} is false or the URL is not one Slack can link.
   */
  private static String adName(RankedAd ad, Texts t, boolean links) {
    String id = escape(ad.sourceId().isBlank() ? t.get("summary.noAd") : cut(ad.sourceId(), MAX_ID));
    String name = ad.name() == null || ad.name().isBlank() ? null : escape(cut(ad.name().strip(), MAX_NAME));
    String shown = name == null ? id : name;
    String linked = links && linkable(ad.sourceUrl()) ? "<" + ad.sourceUrl() + "|" + shown + ">" : shown;
    return name == null ? linked : linked + " (" + id + ")";
  }

  private static List<String> rankedLines(List<Ranked> ranked, int max, Texts t, boolean numbered) {
    List<String> lines = new ArrayList<>();
    int rank = 0;
    for (Ranked r : ranked.subList(0, Math.min(max, ranked.size()))) {
      String id = r.id().isBlank() ? "—" : escape(cut(r.id(), MAX_ID));
      String who = r.name() == null || r.name().isBlank() ? "*" + id + "*"
          : "*" + escape(cut(r.name().strip(), MAX_NAME)) + "* (" + id + ")";
      String line = (numbered ? (++rank) + ". " : "• ") + who + " — " + t.get("summary.clicksCount", r.count())
          + " (" + signed(r.count() - r.previousCount(), t.locale()) + ")";
      Summary.Conversion c = r.conversion();
      lines.add(c == null ? line : line + " · " + t.get("summary.conversionsCount", c.count()) + " ("
          + rate(c.rate().current(), t) + ")");
    }
    return lines;
  }

  /**
   * The trend as a sparkline with its peak, for a context line: "clicks by hour ▁▁▂▄▇█▆▄▂ peak 11:00 (38)" (hours
   * for a day, days for a longer period); empty when the period had no click.
   */
  public static java.util.Optional<String> sparkline(Summary s, Texts t) {
    Sparkline line = Sparkline.of(s);
    if (line.peak() == null) {
      return java.util.Optional.empty();
    }
    Trend.Point peak = line.peak();
    boolean hours = line.unit() == Trend.Unit.HOUR;
    String head = hours ? t.get("sparkline.byHour", line.bars())
        : line.perBar() > 1 ? t.get("sparkline.byDays", line.bars(), line.perBar())
        : t.get("sparkline.byDay", line.bars());
    String when = hours ? peak.label() : PEAK_DAY.withLocale(t.locale()).format(peak.date());
    return java.util.Optional.of(escape(head + " " + t.get("sparkline.peak", when, peak.clicks())));
  }

  private static String dataNote(Summary s, Texts t) {
    Summary.DataNote d = s.data();
    ZoneId zone = s.periods().current().zone();
    List<String> parts = new ArrayList<>();
    if ("demo".equals(d.source())) {
      parts.add(t.get("summary.source.demo"));
    } else if ("file".equals(d.source())) {
      parts.add(t.get("summary.source.file"));
    } else if (d.fetchedAt() == null) {
      parts.add(t.get("summary.notFetched"));
    } else {
      parts.add(t.get("summary.fetchedAt", WHEN.format(d.fetchedAt().atZone(zone)), zone.getId()));
    }
    if (d.storeOnly()) {
      parts.add(":warning: " + t.get("summary.storeOnly"));
    }
    return String.join(" ", parts);
  }

  private static TextObject field(String name, Change c, Locale locale) {
    return markdownText("*" + escape(name) + "*\n" + number(c.current(), locale) + "  " + change(c, locale));
  }

  /** "+120 (+10.8%)", or "+3" when the previous period had none. */
  static String change(Change c, Locale locale) {
    String abs = signed(c.delta(), locale);
    Double pct = c.percent();
    return pct == null ? abs : abs + " (" + String.format(locale, "%+.1f%%", pct) + ")";
  }

  /** "14.1%  +0.6 pts"; "14.1%" when the previous period had no clicks; "—" when this one had none. */
  private static String rateChange(Summary.RateChange r, Texts t) {
    String now = rate(r.current(), t);
    Double points = r.points();
    if (points == null) {
      return now;
    }
    String p = String.format(t.locale(), "%.1f", Math.abs(points));
    boolean zero = p.equals(String.format(t.locale(), "%.1f", 0.0));
    return now + "  " + t.get("summary.points", (zero ? "±" : points > 0 ? "+" : "-") + p);
  }

  /** A rate of 0..1 as "11.1%", or "—" when unknown (no clicks). */
  private static String rate(Double rate, Texts t) {
    return rate == null ? t.get("summary.noRate") : percent(rate, t.locale());
  }

  private static String signed(long n, Locale locale) {
    return (n > 0 ? "+" : n < 0 ? "-" : "±") + number(Math.abs(n), locale);
  }

  private static String number(long n, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private static String percent(double share, Locale locale) {
    return String.format(locale, "%.1f%%", share * 100);
  }

  private static boolean linkable(String url) {
    return url != null && url.length() <= MAX_URL && url.matches("https?://[^\\s<>|]+");
  }

  /** Escapes the three characters Slack's mrkdwn reserves. */
  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  public static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Characters of text in the blocks (header, sections, fields, context), as Slack counts them roughly. */
  public static int textLength(List<LayoutBlock> blocks) {
    return textLength(com.slack.api.util.json.GsonFactory.createSnakeCase().toJsonTree(blocks), false);
  }

  private static int textLength(com.google.gson.JsonElement e, boolean isText) {
    if (e.isJsonPrimitive()) {
      return isText ? e.getAsString().length() : 0;
    }
    int n = 0;
    if (e.isJsonArray()) {
      for (com.google.gson.JsonElement x : e.getAsJsonArray()) {
        n += textLength(x, isText);
      }
    } else if (e.isJsonObject()) {
      for (var entry : e.getAsJsonObject().entrySet()) {
        n += textLength(entry.getValue(), entry.getKey().equals("text"));
      }
    }
    return n;
  }
}
