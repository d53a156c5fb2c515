package app.clicks.teams;

import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.BusinessHours;
import app.clicks.alerts.Finding;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

/**
 * An alert, or its "back to normal", as an Adaptive Card 1.4 in the Workflows envelope (pure): a title with the rule,
 * the headline, a FactSet of what was seen and what it is compared with, the business hours, what to look at, and an
 * Action.OpenUrl to the ad (or wolkvox). "Back to normal" is a card of its own: a Workflows webhook gives back no
 * message id to reply to. Times are in the report timezone, named with the business hours.
 */
final class TeamsAlertCard {
  private TeamsAlertCard() {}

  static JsonObject of(AlertMessage m, TeamsTexts t) {
    boolean recovery = m.kind() == AlertDeliveryLog.Kind.RECOVERY;
    String rule = t.get("rule." + m.rule().name());
    JsonArrayBuilder body = Json.createArrayBuilder();
    body.add(text(t.get(recovery ? "alert.recovery.title" : "alert.title", rule)).add("size", "Large")
        .add("weight", "Bolder").add("color", recovery ? "Good" : "Attention"));
    JsonArrayBuilder facts = Json.createArrayBuilder();
    String headline;
    String look = null;
    String url = null;
    if (m.facts() instanceof Finding.SilenceFacts f) {
      if (recovery) {
        headline = t.get("alert.silence.back", m.when(f.since(), t.locale()));
      } else {
        headline = f.since() == null ? t.get("alert.silence.none", f.lookbackDays())
            : t.get("alert.silence", m.when(f.since(), t.locale()));
        facts.add(fact(t.get("fact.quietFor"), duration(f.quietFor())));
        if (f.weekAgo() != null) {
          facts.add(fact(t.get("fact.weekAgo", weekday(m.checkedAt().atZone(m.hours().zone()).toLocalDateTime(), t)),
              t.get("fact.clicks", t.number(f.weekAgo()))));
        }
        look = t.get("alert.look.silence");
      }
    } else if (m.facts() instanceof Finding.DropFacts f) {
      headline = t.get(recovery ? "alert.drop.back" : "alert.drop", f.percent());
      String span = f.spanStart().toLocalTime() + "–" + f.spanEnd().toLocalTime();
      facts.add(fact(t.get("fact.today", span), t.get("fact.clicks", t.number(f.today()))));
      facts.add(fact(t.get("fact.weekEarlier", weekday(f.spanStart(), t)),
          t.get("fact.clicks", t.number(f.weekAgo()))));
      look = recovery ? null : t.get("alert.look.drop");
    } else if (m.facts() instanceof Finding.AdFacts f) {
      String name = m.adName() == null || m.adName().isBlank() ? "**" + safe(f.adId()) + "**"
          : "**" + safe(m.adName()) + "** (" + safe(f.adId()) + ")";
      if (recovery) {
        headline = t.get("alert.ad.back", name, m.when(f.since(), t.locale()));
      } else {
        headline = t.get("alert.ad", name, m.when(f.since(), t.locale()));
        facts.add(fact(t.get("fact.quietFor"), duration(f.quietFor())));
        facts.add(fact(t.get("fact.average"), t.get("fact.average.value",
            String.format(t.locale(), "%.1f", f.weekClicks() / 7.0))));
        look = t.get("alert.look.ad");
      }
      url = f.url() != null && f.url().startsWith("https://") && !f.url().contains(" ") ? f.url() : null;
    } else {
      headline = t.get(recovery ? "alert.generic.back" : "alert.generic");
    }
    body.add(text(headline).add("spacing", "Small"));
    JsonObject factSet = Json.createObjectBuilder().add("type", "FactSet").add("facts", facts).build();
    if (!factSet.getJsonArray("facts").isEmpty()) {
      body.add(factSet);
    }
    BusinessHours h = m.hours();
    body.add(text(t.get("alert.hours", h.from().toString(), h.to().toString(), h.zone().getId(),
        checked(m))).add("isSubtle", true).add("spacing", "Small"));
    if (look != null) {
      body.add(text(look));
    }
    if (!recovery) {
      body.add(text(t.get("alert.hint")).add("isSubtle", true).add("spacing", "Small"));
    }
    JsonArrayBuilder actions = Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("type", "Action.OpenUrl")
        .add("title", t.get(url == null ? "card.open.wolkvox" : "alert.open.ad"))
        .add("url", url == null ? TeamsCard.WOLKVOX_URL : url));
    return TeamsCard.envelope(Json.createObjectBuilder()
        .add("$schema", TeamsCard.SCHEMA)
        .add("type", "AdaptiveCard")
        .add("version", TeamsCard.VERSION)
        .add("body", body)
        .add("actions", actions)
        .build());
  }

  /** When the check ran: "2026-11-23 10:15" in the report timezone. */
  private static String checked(AlertMessage m) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(m.checkedAt().atZone(m.hours().zone()));
  }

  private static String weekday(LocalDateTime day, TeamsTexts t) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, t.locale());
  }

  /** "2 h 10 min", "45 min", "3 h". */
  static String duration(Duration d) {
    long h = d.toHours();
    long min = d.toMinutesPart();
    return h == 0 ? min + " min" : min == 0 ? h + " h" : h + " h " + min + " min";
  }

  /** Square brackets and asterisks would make a name a link or bold. */
  private static String safe(String s) {
    String out = s.replace("[", "(").replace("]", ")").replace("*", "");
    return out.length() <= TeamsCard.MAX_LABEL ? out : out.substring(0, TeamsCard.MAX_LABEL - 1) + "…";
  }

  private static JsonObjectBuilder text(String text) {
    return Json.createObjectBuilder().add("type", "TextBlock").add("text", text).add("wrap", true);
  }

  private static JsonObject fact(String title, String value) {
    return Json.createObjectBuilder().add("title", title).add("value", value).build();
  }
}
