package app.clicks.slack.teams;

import app.clicks.slack.common.Texts;
import java.util.Locale;

/** The Teams section's message bundle (i18n/teams_home_xx.properties). */
final class TeamsHomeTexts {
  static final String BUNDLE = "teams_home";

  private TeamsHomeTexts() {}

  static Texts of(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }
}
