package app.clicks.slack.alerts;

import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.BusinessHours;
import app.clicks.alerts.Finding;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert or its "back to normal" in words (pure): what happened, compared with what, which ad, what to look at,
 * and the hint to /clicks today. Times are in the report timezone, named once with the business hours.
 */
final class AlertText {
  /** The lines of the message, the first one its headline (the notification text). */
  record Lines(String headline, List<String> body, String hint) {}

  private AlertText() {}

  static Lines of(AlertMessage m, Texts t) {
    BusinessHours h = m.hours();
    String hours = t.get("alert.hours", h.from().toString(), h.to().toString(), h.zone().getId());
    List<String> body = new ArrayList<>();
    String headline;
    boolean recovery = m.kind() == AlertDeliveryLog.Kind.RECOVERY;
    if (m.facts() instanceof Finding.SilenceFacts f) {
      if (recovery) {
        headline = t.get("alert.silence.back", m.when(f.since(), t.locale()));
      } else {
        headline = f.since() == null ? t.get("alert.silence.none", f.lookbackDays(), hours)
            : t.get("alert.silence", m.when(f.since(), t.locale()), AlertsTexts.duration(f.quietFor()), hours);
        if (f.weekAgo() != null) {
          body.add(t.get("alert.compare.weekAgo", weekday(m.checkedAt().atZone(h.zone()).toLocalDateTime(), t),
              f.weekAgo()));
        }
        body.add(t.get("alert.look.silence"));
      }
    } else if (m.facts() instanceof Finding.DropFacts f) {
      String span = f.spanStart().toLocalTime() + "–" + f.spanEnd().toLocalTime();
      headline = t.get(recovery ? "alert.drop.back" : "alert.drop", f.percent(), f.today(), span, hours);
      body.add(t.get("alert.compare.weekAgo", weekday(f.spanStart(), t), f.weekAgo()));
      if (!recovery) {
        body.add(t.get("alert.look.drop"));
      }
    } else if (m.facts() instanceof Finding.AdFacts f) {
      String name = m.adName() == null || m.adName().isBlank() ? "`" + SummaryBlocks.escape(f.adId()) + "`"
          : "*" + SummaryBlocks.escape(m.adName()) + "* (`" + SummaryBlocks.escape(f.adId()) + "`)";
      if (recovery) {
        headline = t.get("alert.ad.back", name, m.when(f.since(), t.locale()));
      } else {
        headline = t.get("alert.ad", name, m.when(f.since(), t.locale()), AlertsTexts.duration(f.quietFor()), hours);
        body.add(t.get("alert.compare.ad", String.format(t.locale(), "%.1f", f.weekClicks() / 7.0)));
        if (f.url() != null && f.url().startsWith("http")) {
          body.add(t.get("alert.ad.link", f.url()));
        }
        body.add(t.get("alert.look.ad"));
      }
    } else {
      headline = t.get(recovery ? "alert.generic.back" : "alert.generic");
    }
    return new Lines(headline, body, recovery ? null : t.get("alert.hint"));
  }

  private static String weekday(LocalDateTime day, Texts t) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, t.locale());
  }
}
