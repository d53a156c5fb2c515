package app.clicks.slack.common;

import app.clicks.chart.ChartLabels;
import app.clicks.report.Period;
import app.clicks.slack.files.FileOutcome;
import java.util.Locale;

/**
 * The words of the files the bot sends (bundle i18n/files_xx): a chart's labels in a language, and what to tell a
 * person when a file could not go (a missing scope in plain words, not an error code).
 */
public final class FileTexts {
  public static final String BUNDLE = "files";

  private FileTexts() {}

  public static Texts of(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }

  /** How the period is said in {@code locale} ("yesterday", "ayer", "últimos 7 días"). */
  public static String period(Period period, Locale locale) {
    return PeriodLabels.say(period, Texts.of("clicks", locale));
  }

  /** A chart's labels for {@code period} in {@code locale}. */
  public static ChartLabels chartLabels(Period period, Locale locale) {
    Texts t = of(locale);
    return new ChartLabels(t.get("chart.clicks"), period(period, locale), t.get("chart.timezone"),
        t.get("chart.byHour"), t.get("chart.byDay"), t.get("chart.current"), t.get("chart.previous"),
        t.get("chart.topAds"), t.get("chart.conversions"), t.get("chart.noAd"), t.get("chart.noClicks"),
        t.get("chart.dayPattern"));
  }

  /** One line for a person about a file that did not go. */
  public static String problem(FileOutcome outcome, Texts t) {
    if (outcome instanceof FileOutcome.MissingScope m) {
      return t.get("files.missingScope", m.needed());
    }
    if (outcome instanceof FileOutcome.NotInChannel) {
      return t.get("files.notInChannel");
    }
    if (outcome instanceof FileOutcome.RateLimited) {
      return t.get("files.rateLimited");
    }
    if (outcome instanceof FileOutcome.Failed f) {
      return t.get("files.failed", f.error());
    }
    return t.get("files.failed", "ok");
  }
}
