package app.clicks.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The digest speaks English, Spanish and Portuguese completely: every outcome, note, day and modal text. */
class DigestBundlesTest {
  static final String[] LANGS = {"en", "es", "pt"};

  static Properties load(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DigestBundlesTest.class.getResourceAsStream("/i18n/digest_" + lang + ".properties")) {
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
  void everyOutcomeNoteAndDayHasAText() throws IOException {
    for (String lang : LANGS) {
      Set<String> keys = load(lang).stringPropertyNames();
      for (DigestOutcome o : DigestOutcome.values()) {
        assertTrue(keys.contains(o.messageKey()), lang + " " + o.messageKey());
      }
      for (DigestNote.Kind k : DigestNote.Kind.values()) {
        assertTrue(keys.contains(k.messageKey()), lang + " " + k.messageKey());
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        assertTrue(keys.contains("day." + d.name()), lang + " " + d);
      }
    }
  }

  @Test
  void everyPatternFormatsWithoutError() throws IOException {
    for (String lang : LANGS) {
      Texts t = DigestTexts.of(Locale.forLanguageTag(lang));
      for (String key : load(lang).stringPropertyNames()) {
        String text = t.get(key, "C0DIGEST", "G0PRIVATE", "x");
        assertFalse(text.isBlank() || text.contains("{0}") || text.contains("{1}"), lang + " " + key + ": " + text);
      }
    }
  }

  @Test
  void modalTitlesAndButtonsStayInsideSlacksLimits() {
    for (String lang : LANGS) {
      Texts t = DigestTexts.of(Locale.forLanguageTag(lang));
      for (String key : new String[] {"modal.title", "modal.submit", "modal.cancel", "modal.close"}) {
        assertTrue(t.get(key).length() <= 24, lang + " " + key);
      }
      for (String key : new String[] {"digest.button.set", "digest.button.change", "digest.button.sendNow"}) {
        assertTrue(t.get(key).length() <= 75, lang + " " + key);
      }
    }
  }
}
