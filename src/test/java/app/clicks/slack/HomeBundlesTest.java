package app.clicks.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The App Home speaks English and Spanish completely, and Portuguese too. */
class HomeBundlesTest {
  static Properties load(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = HomeBundlesTest.class.getResourceAsStream("/i18n/home_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void spanishAndPortugueseHaveEveryEnglishKey() throws IOException {
    Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
    assertEquals(en, new TreeSet<>(load("es").stringPropertyNames()));
    assertEquals(en, new TreeSet<>(load("pt").stringPropertyNames()));
  }

  @Test
  void everyPatternFormatsWithoutError() throws IOException {
    for (String lang : new String[] {"en", "es", "pt"}) {
      Texts t = Texts.of(HomeView.BUNDLE, java.util.Locale.forLanguageTag(lang));
      for (String key : load(lang).stringPropertyNames()) {
        String text = t.get(key, "0042", 3);
        assertTrue(!text.isBlank() && !text.contains("{0}"), lang + " " + key + ": " + text);
      }
    }
  }

  @Test
  void modalTitlesAndButtonsStayInsideSlacksLimits() {
    for (String lang : new String[] {"en", "es", "pt"}) {
      Texts t = Texts.of(HomeView.BUNDLE, java.util.Locale.forLanguageTag(lang));
      for (String key : new String[] {"modal.title", "modal.submit", "modal.cancel", "modal.close"}) {
        assertTrue(t.get(key).length() <= 24, lang + " " + key);
      }
    }
  }
}
