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
import app.clicks.report.Summary;
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

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private SummaryBlocks() {}

  /** The summary under the default header: "Clicks · period (timezone)". */
  public static BlockMessage render(Summary summary, Texts texts) {
    return render(summary, texts, defaultHeader(summary, texts));
  }

  /** The summary under {@code header} (the digest gives its own), cut to {@value #MAX_HEADER} characters. */
  public static BlockMessage render(Summary summary, Texts texts, String header) {
    BlockMessage withLinks = build(summary, texts, header, true);
    if (textLength(withLinks.blocks()) <= MAX_TOTAL_TEXT) {
      return withLinks;
    }
    return build(summary, texts, header, false);
  }

  /** "Clicks · yesterday (America/Bogota)" in the language of {@code texts}. */
  public static String defaultHeader(Summary summary, Texts texts) {
    return texts.get("summary.header", PeriodLabels.say(summary.periods().current(), texts),
        summary.periods().current().zone().getId());
  }

  private static BlockMessage build(Summary s, Texts t, String header, boolean links) {
    Locale locale = t.locale();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(cut(header, MAX_HEADER)))));
    blocks.add(context(List.of(markdownText(escape(
        t.get("summary.comparedWith", PeriodLabels.say(s.periods().previous(), t)))))));
    List<TextObject> fields = List.of(
        field(t.get("summary.clicks"), s.clicks(), locale),
        field(t.get("summary.chats"), s.chats(), locale),
        field(t.get("summary.withoutAgent"), s.withoutAgent(), locale),
        markdownText(field(t.get("summary.untagged"), s.untagged(), locale).getText() + "\n"
            + t.get("summary.untaggedShare", percent(s.untaggedShare(), locale))));
    blocks.add(section(b -> b.fields(fields)));
    if (s.clicks().current() == 0 && s.topAds().isEmpty() && s.topAgents().isEmpty()) {
      blocks.add(section(b -> b.text(markdownText(t.get("summary.noClicks")))));
    } else {
      blocks.add(divider());
      List<String> ads = new ArrayList<>();
      int rank = 0;
      for (RankedAd ad : s.topAds().subList(0, Math.min(MAX_LINES, s.topAds().size()))) {
        ads.add(adLine(++rank, ad, t, links));
      }
      ranking(blocks, t.get("summary.topAds"), ads, s.moreAds() + Math.max(0, s.topAds().size() - MAX_LINES), t);
      ranking(blocks, t.get("summary.topAgents"), rankedLines(s.topAgents(), MAX_LINES, t, true),
          s.moreAgents() + Math.max(0, s.topAgents().size() - MAX_LINES), t);
      if (!s.topRoutingPoints().isEmpty()) {
        ranking(blocks, t.get("summary.topRoutingPoints"),
            rankedLines(s.topRoutingPoints(), MAX_ROUTING_POINTS, t, true),
            s.moreRoutingPoints() + Math.max(0, s.topRoutingPoints().size() - MAX_ROUTING_POINTS), t);
      }
      if (!s.outcomes().isEmpty()) {
        ranking(blocks, t.get("summary.outcomes"), rankedLines(s.outcomes(), MAX_OUTCOMES, t, false),
            s.moreOutcomes() + Math.max(0, s.outcomes().size() - MAX_OUTCOMES), t);
      }
    }
    blocks.add(context(List.of(markdownText(dataNote(s, t)))));
    if (blocks.size() > MAX_BLOCKS) {
      List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
      kept.add(blocks.get(blocks.size() - 1));
      blocks = kept;
    }
    String text = t.get("summary.fallback", PeriodLabels.say(s.periods().current(), t),
        s.clicks().current(), s.chats().current(), s.withoutAgent().current());
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
    String id = ad.sourceId().isBlank() ? t.get("summary.noAd") : cut(ad.sourceId(), MAX_ID);
    String url = ad.sourceUrl();
    String name = links && linkable(url) ? "<" + url + "|" + escape(id) + ">" : escape(id);
    String type = ad.sourceType().isBlank() ? t.get("summary.noType") : cut(ad.sourceType(), MAX_LABEL);
    String media = ad.mediaType().isBlank() ? t.get("summary.noMedia") : cut(ad.mediaType(), MAX_LABEL);
    return rank + ". " + name + " · " + escape(type) + " · " + escape(media) + " — *"
        + t.get("summary.clicksCount", ad.count()) + "* (" + signed(ad.count() - ad.previousCount(), t.locale())
        + ")";
  }

  private static List<String> rankedLines(List<Ranked> ranked, int max, Texts t, boolean numbered) {
    List<String> lines = new ArrayList<>();
    int rank = 0;
    for (Ranked r : ranked.subList(0, Math.min(max, ranked.size()))) {
      String id = r.id().isBlank() ? "—" : escape(cut(r.id(), MAX_ID));
      lines.add((numbered ? (++rank) + ". " : "• ") + "*" + id + "* — " + t.get("summary.clicksCount", r.count())
          + " (" + signed(r.count() - r.previousCount(), t.locale()) + ")");
    }
    return lines;
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
