package app.clicks.slack.digest;

import app.clicks.slack.common.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The daily digest's message bundle (i18n/digest_xx.properties) and its date wording. */
final class DigestTexts {
  static final String BUNDLE = "digest";

  private DigestTexts() {}

  static Texts of(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }

  /** "Monday, November 23, 2026" in the language of {@code t}. */
  static String longDate(LocalDate day, Texts t) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(t.locale()).format(day);
  }
}
