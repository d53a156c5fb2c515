package app.clicks.slack.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.common.Texts;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The names modals' titles, buttons and options stay inside Slack's limits in every language. */
class NamesTextsTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "pt"})
  void titlesButtonsAndOptionsFit(String lang) {
    Texts t = NamesTexts.of(Locale.forLanguageTag(lang));
    for (String key : new String[] {"ads.title", "codes.title", "modal.save", "modal.saveNext", "modal.cancel",
        "modal.close"}) {
      assertTrue(t.get(key).length() <= 24, lang + " " + key);
    }
    assertTrue(t.get("ads.title.paged", 12, 13).length() <= 24, lang + " ads.title.paged");
    for (String key : new String[] {"codes.mode.hits", "codes.mode.chosen", "home.button.names", "home.button.codes"}) {
      assertTrue(t.get(key).length() <= 75, lang + " " + key);
    }
  }
}
