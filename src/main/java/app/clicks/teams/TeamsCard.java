package app.clicks.teams;

import app.clicks.report.Period;
import app.clicks.report.Sparkline;
import app.clicks.report.Summary;
import app.clicks.report.Summary.Change;
import app.clicks.report.Trend;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Renders a summary as an Adaptive Card 1.4 in the envelope a Workflows webhook (and an Outgoing Webhook reply)
 * takes: a header with the period and the zone, a FactSet of the totals with their change, ColumnSet tables of the
 * top ads (named and linked) and agents with their conversions when the workspace has them, the sparkline, and an
 * Action.OpenUrl. Pure: a function of the summary and the texts. The card stays under {@link #MAX_BYTES}: rankings
 * are cut, never the totals.
 */
public final class TeamsCard {
  /** Teams takes at most 28 KB after the flow wraps the card; keep the JSON well under it. */
  public static final int MAX_BYTES = 20_000;
  /** Where the button goes when the top ad has no https link. */
  static final String WOLKVOX_URL = "https://www.wolkvox.com/";
  static final String VERSION = "1.4";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
  /** A ranking line's label is cut to this many characters. */
  static final int MAX_LABEL = 80;

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private TeamsCard() {}

  /** The summary's card in the Workflows envelope, cut to {@link #MAX_BYTES}. */
  public static JsonObject summary(Summary s, ZoneId zone, TeamsTexts t) {
    return summary(s, zone, t, null);
  }

  /**
   * As {@link #summary(Summary, ZoneId, TeamsTexts)} under the given title (a digest subscription's cadence, dates
   * and slice); null for the card's own title.
   */
  public static JsonObject summary(Summary s, ZoneId zone, TeamsTexts t, String title) {
    int most = Math.max(s.topAds().size(), s.topAgents().size());
    JsonObject full = envelope(card(s, zone, t, most, title));
    if (fits(full)) {
      return full;
    }
    // The most ranking lines that fit, found by halving; with none the card is the totals, which always fit.
    int low = 0;
    int high = most - 1;
    JsonObject best = envelope(card(s, zone, t, 0, title));
    while (low < high) {
      int mid = (low + high + 1) / 2;
      JsonObject tried = envelope(card(s, zone, t, mid, title));
      if (fits(tried)) {
        best = tried;
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low == 0 ? best : envelope(card(s, zone, t, low, title));
  }

  private static boolean fits(JsonObject envelope) {
    return compact(envelope).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  /** A card of one paragraph (a note, a test card, an alert line) in the Workflows envelope. */
  public static JsonObject text(String title, String text) {
    JsonArrayBuilder body = Json.createArrayBuilder()
        .add(textBlock(title).add("size", "Medium").add("weight", "Bolder"))
        .add(textBlock(text));
    return envelope(Json.createObjectBuilder()
        .add("$schema", SCHEMA).add("type", "AdaptiveCard").add("version", VERSION).add("body", body).build());
  }

  /** A plain text reply to an Outgoing Webhook request. */
  public static JsonObject reply(String text) {
    return Json.createObjectBuilder().add("type", "message").add("text", text).build();
  }

  /** The JSON as sent. */
  public static String compact(JsonObject json) {
    return json.toString();
  }

  /** The JSON indented (golden files). */
  public static String pretty(JsonObject json) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = PRETTY.createWriter(out)) {
      w.writeObject(json);
    }
    return out.toString().strip() + "\n";
  }

  /** {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",...}]} */
  static JsonObject envelope(JsonObject card) {
    return Json.createObjectBuilder()
        .add("type", "message")
        .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("contentType", "application/vnd.microsoft.card.adaptive")
            .addNull("contentUrl")
            .add("content", card)))
        .build();
  }

  private static JsonObject card(Summary s, ZoneId zone, TeamsTexts t, int lines, String title) {
    JsonArrayBuilder body = Json.createArrayBuilder();
    Period p = s.periods().current();
    String heading = title == null ? t.get("card.title", period(p, t)) : title;
    body.add(textBlock(heading).add("size", "Large").add("weight", "Bolder"));
    body.add(textBlock(t.get("card.subtitle", days(p), zone.getId())).add("isSubtle", true).add("spacing", "None"));
    body.add(facts(s, t));
    if (!s.topAds().isEmpty() && lines > 0) {
      body.add(textBlock(t.get("card.ads")).add("weight", "Bolder").add("spacing", "Medium"));
      for (Summary.RankedAd a : s.topAds().subList(0, Math.min(lines, s.topAds().size()))) {
        body.add(row(adLabel(a, t), a.count(), a.previousCount(), a.conversion(), t));
      }
      int more = s.moreAds() + Math.max(0, s.topAds().size() - lines);
      if (more > 0) {
        body.add(textBlock(t.get("card.more", more)).add("isSubtle", true).add("spacing", "None"));
      }
    }
    if (!s.topAgents().isEmpty() && lines > 0) {
      body.add(textBlock(t.get("card.agents")).add("weight", "Bolder").add("spacing", "Medium"));
      for (Summary.Ranked a : s.topAgents().subList(0, Math.min(lines, s.topAgents().size()))) {
        body.add(row(agentLabel(a), a.count(), a.previousCount(), a.conversion(), t));
      }
      int more = s.moreAgents() + Math.max(0, s.topAgents().size() - lines);
      if (more > 0) {
        body.add(textBlock(t.get("card.more", more)).add("isSubtle", true).add("spacing", "None"));
      }
    }
    body.add(textBlock(trend(Sparkline.of(s), t)).add("fontType", "Monospace").add("spacing", "Medium"));
    if (s.data() != null && s.data().storeOnly()) {
      body.add(textBlock(t.get("card.storeOnly")).add("isSubtle", true));
    }
    JsonArray actions = Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("type", "Action.OpenUrl")
        .add("title", t.get(topAdUrl(s) == null ? "card.open.wolkvox" : "card.open.ad"))
        .add("url", topAdUrl(s) == null ? WOLKVOX_URL : topAdUrl(s))).build();
    return Json.createObjectBuilder()
        .add("$schema", SCHEMA)
        .add("type", "AdaptiveCard")
        .add("version", VERSION)
        .add("body", body)
        .add("actions", actions)
        .build();
  }

  private static JsonObject facts(Summary s, TeamsTexts t) {
    JsonArrayBuilder facts = Json.createArrayBuilder()
        .add(fact(t.get("card.clicks"), change(s.clicks(), t)))
        .add(fact(t.get("card.chats"), change(s.chats(), t)))
        .add(fact(t.get("card.withoutAgent"), change(s.withoutAgent(), t)));
    if (s.showsConversions()) {
      facts.add(fact(t.get("card.conversions"), change(s.conversions(), t)));
      Summary.RateChange r = s.conversionRate();
      if (r != null && r.current() != null) {
        String rate = t.percent(r.current());
        facts.add(fact(t.get("card.conversionRate"), r.points() == null ? rate
            : t.get("card.rate", rate, t.signedPercent(r.points()).replace("%", ""))));
      }
    }
    return Json.createObjectBuilder().add("type", "FactSet").add("facts", facts).build();
  }

  private static JsonObject fact(String title, String value) {
    return Json.createObjectBuilder().add("title", title).add("value", value).build();
  }

  /** "120 (+20, +20.0% vs 100)"; "120 (new)" when the previous period had none. */
  static String change(Change c, TeamsTexts t) {
    Double pct = c.percent();
    if (pct == null) {
      return c.current() == 0 ? t.number(0) : t.get("card.change.new", t.number(c.current()));
    }
    return t.get("card.change", t.number(c.current()), t.signed(c.delta()), t.signedPercent(pct),
        t.number(c.previous()));
  }

  /** One line of a ranking: label (stretch), clicks, change, and conversions when there are any. */
  private static JsonObject row(String label, long count, long previous, Summary.Conversion conv, TeamsTexts t) {
    JsonArrayBuilder columns = Json.createArrayBuilder()
        .add(column("stretch", textBlock(label)))
        .add(column("auto", textBlock(t.number(count)).add("horizontalAlignment", "Right")))
        .add(column("auto", textBlock(previous == 0 ? t.get("card.new") : t.signed(count - previous))
            .add("isSubtle", true).add("horizontalAlignment", "Right")));
    if (conv != null) {
      columns.add(column("auto", textBlock(t.get("card.sold", t.number(conv.count())))
          .add("horizontalAlignment", "Right")));
    }
    return Json.createObjectBuilder().add("type", "ColumnSet").add("spacing", "Small").add("columns", columns)
        .build();
  }

  private static JsonObjectBuilder column(String width, JsonObjectBuilder item) {
    return Json.createObjectBuilder().add("type", "Column").add("width", width)
        .add("items", Json.createArrayBuilder().add(item));
  }

  /** The ad's name (or id), a markdown link when it has an https URL. */
  private static String adLabel(Summary.RankedAd a, TeamsTexts t) {
    String name = a.name() != null ? a.name() : a.sourceId().isBlank() ? t.get("card.noAd") : a.sourceId();
    name = cut(markdownSafe(name));
    return isHttps(a.sourceUrl()) ? "[" + name + "](" + a.sourceUrl() + ")" : name;
  }

  private static String agentLabel(Summary.Ranked a) {
    return cut(markdownSafe(a.name() == null ? a.id() : a.name() + " (" + a.id() + ")"));
  }

  private static String topAdUrl(Summary s) {
    return s.topAds().stream().map(Summary.RankedAd::sourceUrl).filter(TeamsCard::isHttps).findFirst().orElse(null);
  }

  private static boolean isHttps(String url) {
    return url != null && url.startsWith("https://") && !url.contains(")") && !url.contains(" ");
  }

  /** Square brackets would make a name a link. */
  private static String markdownSafe(String s) {
    return s.replace("[", "(").replace("]", ")");
  }

  private static String cut(String s) {
    return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
  }

  private static String trend(Sparkline line, TeamsTexts t) {
    String head = t.get(line.unit() == Trend.Unit.HOUR ? "card.trend.hour" : "card.trend.day", line.bars());
    return line.peakPoint()
        .map(p -> head + " " + t.get("card.trend.peak", p.label(), t.number(p.clicks())))
        .orElse(head);
  }

  /** The period's name in the texts' language. */
  static String period(Period period, TeamsTexts t) {
    return switch (period.kind()) {
      case TODAY -> t.get("period.today");
      case YESTERDAY -> t.get("period.yesterday");
      case THIS_WEEK -> t.get("period.thisWeek");
      case LAST_WEEK -> t.get("period.lastWeek");
      case THIS_MONTH -> t.get("period.thisMonth");
      case LAST_MONTH -> t.get("period.lastMonth");
      case LAST_DAYS -> t.get("period.lastDays", period.n());
      case LAST_HOURS -> t.get("period.lastHours", period.n());
      case DATE -> period.firstDay().toString();
      case RANGE -> t.get("period.range", period.firstDay().toString(), period.lastNamedDay().toString());
      case SPAN -> t.get("period.range", Period.SPAN_TIME.format(period.start()),
          Period.SPAN_TIME.format(period.end()));
    };
  }

  /** "2026-11-19" or "2026-11-13 – 2026-11-19". */
  private static String days(Period p) {
    return p.firstDay().equals(p.lastNamedDay()) ? p.firstDay().toString()
        : p.firstDay() + " – " + p.lastNamedDay();
  }

  private static JsonObjectBuilder textBlock(String text) {
    return Json.createObjectBuilder().add("type", "TextBlock").add("text", text).add("wrap", true);
  }

  /** The card inside an envelope (for tests and the stand-in). */
  static JsonObject cardOf(JsonObject envelope) {
    List<JsonObject> a = envelope.getJsonArray("attachments").getValuesAs(JsonObject.class);
    return a.get(0).getJsonObject("content");
  }
}
