package app.clicks.slack.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestOutcome;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The digest speaks English, Spanish and Portuguese completely: every outcome, note, day and modal text. */
class DigestBundlesTest {
  static final String[] LANGS = {"en", "es", "pt"};

  @Test
  void everyOutcomeNoteAndDayHasAText() throws IOException {
    for (String lang : LANGS) {
      Set<String> keys = BundlesTest.load("digest", lang).stringPropertyNames();
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
  void modalTitlesAndButtonsStayInsideSlacksLimits() {
    for (String lang : LANGS) {
      Texts t = Texts.of("digest", Locale.forLanguageTag(lang));
      for (String key : new String[] {"modal.title", "modal.submit", "modal.cancel", "modal.close"}) {
        assertTrue(t.get(key).length() <= 24, lang + " " + key);
      }
      for (String key : new String[] {"digest.button.set", "digest.button.change", "digest.button.sendNow"}) {
        assertTrue(t.get(key).length() <= 75, lang + " " + key);
      }
    }
  }
}
