package app.clicks.slack.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The App Home speaks English and Spanish completely, and Portuguese too. */
class HomeBundlesTest {
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
