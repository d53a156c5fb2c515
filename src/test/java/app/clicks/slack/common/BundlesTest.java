package app.clicks.slack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message bundle speaks English, Spanish and Portuguese completely, and every pattern formats. */
class BundlesTest {
  static final String[] LANGS = {"en", "es", "pt"};

  /** The keys and patterns of bundle {@code name} (clicks, home, digest) in {@code lang}, as the file has them. */
  static Properties load(String name, String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name + "_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"clicks", "home", "digest", "names", "alerts", "files"})
  void spanishAndPortugueseHaveEveryEnglishKey(String name) throws IOException {
    Set<String> en = new TreeSet<>(load(name, "en").stringPropertyNames());
    assertEquals(en, new TreeSet<>(load(name, "es").stringPropertyNames()));
    assertEquals(en, new TreeSet<>(load(name, "pt").stringPropertyNames()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"clicks", "home", "digest", "names", "alerts", "files"})
  void everyPatternFormatsWithoutError(String name) throws IOException {
    for (String lang : LANGS) {
      Texts t = Texts.of(name, Locale.forLanguageTag(lang));
      for (String key : load(name, lang).stringPropertyNames()) {
        String text = t.get(key, 3, 5, 7, 9);
        assertFalse(text.isBlank() || text.contains("{0}") || text.contains("{1}"), name + " " + lang + " " + key
            + ": " + text);
      }
    }
  }
}
