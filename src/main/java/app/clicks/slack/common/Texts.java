package app.clicks.slack.common;

import app.clicks.settings.WorkspaceSettings;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * User-facing texts of one message bundle (src/main/resources/i18n/NAME_xx.properties, UTF-8) in one language:
 * English, Spanish, Portuguese; anything else falls back to English.
 */
public final class Texts {
  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The texts of bundle {@code name} (for example "clicks") in the language of {@code locale}. */
  public static Texts of(String name, Locale locale) {
    Locale lang = supported(locale);
    ResourceBundle b =
        ResourceBundle.getBundle(
            "i18n." + name, lang, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Texts(b, lang);
  }

  /** The supported language closest to {@code locale} (en, es or pt). */
  public static Locale supported(Locale locale) {
    String lang = locale == null ? "en" : locale.getLanguage();
    return switch (lang) {
      case "es" -> Locale.forLanguageTag("es");
      case "pt" -> Locale.forLanguageTag("pt");
      default -> Locale.ENGLISH;
    };
  }

  /** The workspace's language, English when it has none. */
  public static Locale language(Optional<WorkspaceSettings> s) {
    return s.map(WorkspaceSettings::language).map(Texts::supported).orElse(Locale.ENGLISH);
  }

  /** Parses Slack's locale ("es-LA", "pt-BR", "en-US") or a settings value ("es"). */
  public static Locale parseLocale(String tag) {
    if (tag == null || tag.isBlank()) {
      return Locale.ENGLISH;
    }
    return supported(Locale.forLanguageTag(tag.replace('_', '-')));
  }

  public Locale locale() {
    return locale;
  }

  /** The text for {@code key}, with {0}, {1}… replaced by {@code args}. A missing key shows the key itself. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
