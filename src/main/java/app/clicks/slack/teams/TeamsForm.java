package app.clicks.slack.teams;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.Texts;
import app.clicks.teams.TeamsSettings;
import com.slack.api.model.view.ViewState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a submitted Teams modal against what is stored: an empty secret keeps the stored one; a webhook URL must be
 * https; a security token must be base64 as Teams shows it; at least one of them must be there. Pure.
 */
final class TeamsForm {
  /** The settings to save, or the field errors (block id → message). */
  record Result(TeamsSettings settings, Map<String, String> errors) {
    boolean valid() {
      return errors.isEmpty();
    }
  }

  private TeamsForm() {}

  static Result read(Map<String, Map<String, ViewState.Value>> values, WorkspaceKey key,
      Optional<TeamsSettings> current, String userId, Instant at, Texts t) {
    FormValues form = FormValues.of(values);
    Map<String, String> errors = new LinkedHashMap<>();
    String webhook = form.text(TeamsActions.WEBHOOK);
    String token = form.text(TeamsActions.TOKEN).replaceAll("\\s+", "");
    if (!webhook.isEmpty() && !TeamsSettings.isWebhookUrl(webhook)) {
      errors.put(TeamsActions.WEBHOOK, t.get("error.webhook"));
    }
    if (!token.isEmpty() && !TeamsSettings.isSecurityToken(token)) {
      errors.put(TeamsActions.TOKEN, t.get("error.token"));
    }
    String url = webhook.isEmpty() ? current.map(TeamsSettings::webhookUrl).orElse(null) : webhook;
    String secret = token.isEmpty() ? current.map(TeamsSettings::outgoingToken).orElse(null) : token;
    if (errors.isEmpty() && url == null && secret == null) {
      errors.put(TeamsActions.WEBHOOK, t.get("error.nothing"));
    }
    String lang = form.selected(TeamsActions.LANGUAGE);
    Locale language = Locale.forLanguageTag(lang != null && TeamsModal.LANGUAGES.contains(lang) ? lang : "en");
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(new TeamsSettings(key, url, secret, language, userId, at), Map.of());
  }
}
