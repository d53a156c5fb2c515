package app.clicks.slack.alerts;

import app.clicks.slack.common.Texts;
import java.time.Duration;
import java.util.Locale;

/** The alerts' message bundle (i18n/alerts_xx.properties) and how a duration is said. */
final class AlertsTexts {
  static final String BUNDLE = "alerts";

  private AlertsTexts() {}

  static Texts of(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }

  /** "2 h 10 min", "45 min", "3 h". */
  static String duration(Duration d) {
    long h = d.toHours();
    long m = d.toMinutesPart();
    return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
  }
}
