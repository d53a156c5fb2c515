package app.clicks.slack.names;

import static app.clicks.slack.testing.ModalPayloads.block;
import static app.clicks.slack.testing.ModalPayloads.chosen;
import static app.clicks.slack.testing.ModalPayloads.chosenAll;
import static app.clicks.slack.testing.ModalPayloads.textInput;

import app.clicks.slack.testing.ModalPayloads;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** Slack's view_submission payloads for the name-ads and conversion codes modals, as Slack sends them. */
final class NamesPayloads {
  private NamesPayloads() {}

  /** A page of the name-ads modal: the name typed for each ad id (null = emptied), and the page it showed. */
  static String adNames(String user, int page, Map<String, String> typed) {
    JsonObject values = new JsonObject();
    typed.forEach((id, name) -> {
      values.add(NamesActions.AD_PREFIX + id, block(NamesActions.AD_PREFIX + id, textInput(name)));
    });
    return ModalPayloads.submission(user, NamesActions.ADS_MODAL, Integer.toString(page), values);
  }

  /** The conversion codes modal: the mode (hits or chosen, null = none) and the codes chosen. */
  static String codes(String user, String mode, List<String> chosen) {
    JsonObject values = new JsonObject();
    values.add(NamesActions.CODES_MODE, block(NamesActions.CODES_MODE, chosen("radio_buttons", mode)));
    values.add(NamesActions.CODES_CHOSEN, block(NamesActions.CODES_CHOSEN, chosenAll("multi_static_select", chosen)));
    return ModalPayloads.submission(user, NamesActions.CODES_MODAL, "", values);
  }
}
