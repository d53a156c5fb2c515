package app.clicks.teams;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the Teams cards and replies (i18n/teams_xx.properties, UTF-8): en, es, pt; anything else is en. */
public final class TeamsTexts {
  static final String BUNDLE = "i18n.teams";

  private final ResourceBundle bundle;
  private final Locale locale;

  private TeamsTexts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  public static TeamsTexts of(Locale locale) {
    Locale lang = supported(locale);
    return new TeamsTexts(ResourceBundle.getBundle(BUNDLE, lang,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), lang);
  }

  /** en, es or pt: the supported language closest to {@code locale}. */
  public static Locale supported(Locale locale) {
    String lang = locale == null ? "en" : locale.getLanguage();
    return switch (lang) {
      case "es", "pt" -> Locale.forLanguageTag(lang);
      default -> Locale.ENGLISH;
    };
  }

  public Locale locale() {
    return locale;
  }

  /** The text for {@code key} with {0}, {1}… replaced; a missing key shows the key. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** A whole number with the language's grouping: 1,234 in English, 1.234 in Spanish and Portuguese. */
  String number(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A signed whole number: +12, −3 (with a true minus sign), 0. */
  String signed(long n) {
    return n > 0 ? "+" + number(n) : n < 0 ? "−" + number(-n) : "0";
  }

  /** A signed percentage with one decimal in the language: +12.5%, −3,0%. */
  String signedPercent(double p) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    String abs = f.format(Math.abs(p)) + "%";
    return p > 0.05 ? "+" + abs : p < -0.05 ? "−" + abs : f.format(0.0) + "%";
  }

  /** A rate 0..1 as a percentage with one decimal: 25.0%. */
  String percent(double rate) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(rate * 100) + "%";
  }
}
