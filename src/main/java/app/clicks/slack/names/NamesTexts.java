package app.clicks.slack.names;

import app.clicks.slack.common.Texts;
import java.util.Locale;

/** The names section's message bundle (i18n/names_xx.properties). */
final class NamesTexts {
  static final String BUNDLE = "names";

  private NamesTexts() {}

  static Texts of(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }
}
