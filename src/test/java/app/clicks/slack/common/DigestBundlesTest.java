package app.clicks.slack.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestOutcome;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
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
  void modalTitlesButtonsAndOptionsStayInsideSlacksLimits() {
    for (String lang : LANGS) {
      Texts t = Texts.of("digest", Locale.forLanguageTag(lang));
      for (String key : new String[] {"modal.title.add", "modal.title.change", "delete.title", "digest.title",
          "modal.submit", "modal.cancel", "modal.close", "delete.yes"}) {
        assertTrue(t.get(key).length() <= 24 && !t.get(key).equals(key), lang + " " + key);
      }
      List<String> options = new ArrayList<>(List.of("digest.button.add", "modal.dayOfMonth.first", "modal.slice.all",
          "modal.slice.group.all", "modal.slice.group.ROUTING_POINT", "modal.slice.group.AD", "digest.empty.note",
          "digest.empty.skip", "modal.state.on", "modal.state.off"));
      for (String m : new String[] {"CHANGE", "OFF", "ON", "SEND_NOW", "DELETE"}) {
        options.add("menu." + m);
      }
      for (String c : new String[] {"DAILY", "WEEKLY", "MONTHLY"}) {
        options.add("modal.cadence." + c);
      }
      for (String d : new String[] {"SLACK", "TEAMS", "BOTH"}) {
        options.add("modal.destinations." + d);
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        options.add("dayFull." + d.name());
      }
      for (String key : options) {
        assertTrue(t.get(key).length() <= 75 && !t.get(key).equals(key), lang + " " + key);
      }
    }
  }
}
