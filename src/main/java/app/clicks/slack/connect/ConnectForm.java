package app.clicks.slack.connect;

import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.Texts;
import app.clicks.wolkvox.WolkvoxConnection;
import com.slack.api.model.view.ViewState;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reads and checks a submitted connect modal: either a valid submission or field errors by block id (pure). */
final class ConnectForm {
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{8,512}");

  /**
   * A valid submission.
   *
   * @param token the new token, or null to keep the current one
   */
  record Submission(String serverId, String token, ZoneId zone, Locale language) {
    @Override
    public String toString() {
      return "Submission[serverId=" + serverId + ", newToken=" + (token != null) + ", zone=" + zone
          + ", language=" + language + "]";
    }
  }

  /** The outcome: {@code submission} when valid, else {@code errors} (block id → message). */
  record Result(Submission submission, Map<String, String> errors) {
    public boolean valid() {
      return submission != null;
    }
  }

  private ConnectForm() {}

  /**
   * @param canKeepToken true when a readable token is stored, so an empty token field keeps it
   */
  static Result read(Map<String, Map<String, ViewState.Value>> values, boolean canKeepToken, Texts t) {
    Map<String, String> errors = new LinkedHashMap<>();
    FormValues form = FormValues.of(values);
    String server = form.text(ConnectModal.SERVER);
    if (!WolkvoxConnection.isValidServerId(server)) {
      errors.put(ConnectModal.SERVER, t.get(server.isEmpty() ? "error.server.required" : "error.server.format"));
    }
    String token = form.text(ConnectModal.TOKEN);
    if (token.isEmpty()) {
      if (!canKeepToken) {
        errors.put(ConnectModal.TOKEN, t.get("error.token.required"));
      }
      token = null;
    } else if (!TOKEN.matcher(token).matches()) {
      errors.put(ConnectModal.TOKEN, t.get("error.token.format"));
    }
    ZoneId zone = null;
    String zoneId = Objects.requireNonNullElse(form.selected(ConnectModal.ZONE), "");
    try {
      zone = zoneId.isEmpty() ? null : ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      zone = null;
    }
    if (zone == null) {
      errors.put(ConnectModal.ZONE, t.get("error.zone"));
    }
    String lang = Objects.requireNonNullElse(form.selected(ConnectModal.LANGUAGE), "");
    if (!ConnectModal.LANGUAGES.contains(lang)) {
      errors.put(ConnectModal.LANGUAGE, t.get("error.language"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new Submission(server, token, zone, Locale.forLanguageTag(lang)), Map.of());
  }

}
