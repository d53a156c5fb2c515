package app.clicks.slack.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.Texts;
import com.slack.api.model.view.ViewState;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the connect modal accepts, and the field errors it gives back otherwise. */
class ConnectFormTest {
  static final Texts EN = Texts.of(HomeView.BUNDLE, Locale.ENGLISH);
  static final Texts ES = Texts.of(HomeView.BUNDLE, Locale.forLanguageTag("es"));

  static Map<String, Map<String, ViewState.Value>> values(String server, String token, String zone, String lang) {
    Map<String, Map<String, ViewState.Value>> v = new HashMap<>();
    v.put(ConnectModal.SERVER, Map.of(ConnectModal.SERVER, text(server)));
    v.put(ConnectModal.TOKEN, Map.of(ConnectModal.TOKEN, text(token)));
    v.put(ConnectModal.ZONE, Map.of(ConnectModal.ZONE, select(zone)));
    v.put(ConnectModal.LANGUAGE, Map.of(ConnectModal.LANGUAGE, select(lang)));
    return v;
  }

  static ViewState.Value text(String s) {
    ViewState.Value v = new ViewState.Value();
    v.setValue(s);
    return v;
  }

  static ViewState.Value select(String s) {
    ViewState.Value v = new ViewState.Value();
    if (s != null) {
      ViewState.SelectedOption o = new ViewState.SelectedOption();
      o.setValue(s);
      v.setSelectedOption(o);
    }
    return v;
  }

  @Test
  void aValidFormIsTrimmedAndRead() {
    ConnectForm.Result r = ConnectForm.read(values(" 0042 ", " tok-123456789 ", "America/Lima", "pt"), false, EN);
    assertTrue(r.valid(), r.errors().toString());
    assertEquals(new ConnectForm.Submission("0042", "tok-123456789", ZoneId.of("America/Lima"), Locale.forLanguageTag("pt")),
        r.submission());
    assertFalse(r.submission().toString().contains("tok-123456789"));
  }

  @Test
  void anEmptyTokenKeepsTheCurrentOneOnlyWhenThereIsOne() {
    assertNull(ConnectForm.read(values("0042", "", "UTC", "en"), true, EN).submission().token());
    ConnectForm.Result r = ConnectForm.read(values("0042", null, "UTC", "en"), false, EN);
    assertEquals(Map.of(ConnectModal.TOKEN, EN.get("error.token.required")), r.errors());
  }

  @Test
  void everyBadFieldGetsItsOwnErrorInTheUsersLanguage() {
    ConnectForm.Result r = ConnectForm.read(values("00 42", "has space inside", "Mars/Olympus", "fr"), false, ES);
    assertFalse(r.valid());
    assertEquals(ES.get("error.server.format"), r.errors().get(ConnectModal.SERVER));
    assertEquals(ES.get("error.token.format"), r.errors().get(ConnectModal.TOKEN));
    assertEquals(ES.get("error.zone"), r.errors().get(ConnectModal.ZONE));
    assertEquals(ES.get("error.language"), r.errors().get(ConnectModal.LANGUAGE));
    assertTrue(r.errors().get(ConnectModal.SERVER).contains("letras y dígitos"));
  }

  @Test
  void missingFieldsAreErrorsNotCrashes() {
    ConnectForm.Result r = ConnectForm.read(Map.of(), false, EN);
    assertEquals(4, r.errors().size(), r.errors().toString());
    assertEquals(EN.get("error.server.required"), r.errors().get(ConnectModal.SERVER));
  }
}
