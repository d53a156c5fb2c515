package app.clicks.teams;

import app.clicks.settings.WorkspaceKey;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * What a workspace set for Microsoft Teams; whether the digest and the alerts go there is their own settings' choice.
 * Both secrets are held decrypted here and never printed: {@link #toString} leaves them out and {@link #webhookHint}
 * shows only the webhook's host and last characters.
 *
 * @param webhookUrl the Workflows webhook URL ("Post to a channel when a webhook request is received"); null when
 *     none is set or it cannot be read
 * @param outgoingToken the Outgoing Webhook security token, base64 as Teams shows it; null when none is set
 * @param language the language of the cards (en, es, pt)
 */
public record TeamsSettings(WorkspaceKey workspace, String webhookUrl, String outgoingToken, Locale language,
    String changedBy, Instant changedAt) {

  /** How many of the webhook URL's last characters the App Home shows. */
  static final int HINT_CHARS = 4;

  /** True when cards can be posted (a webhook URL is set). */
  public boolean posts() {
    return webhookUrl != null && !webhookUrl.isEmpty();
  }

  /** True when @mentions can be verified (a security token is set). */
  public boolean answers() {
    return outgoingToken != null && !outgoingToken.isEmpty();
  }

  /** The webhook as the App Home shows it: "prod-27.westus.logic.azure.com …Xy9Q"; "" when none. */
  public String webhookHint() {
    return hint(webhookUrl);
  }

  /** A URL shown as its host and last {@value #HINT_CHARS} characters; "" for none. */
  public static String hint(String url) {
    if (url == null || url.isEmpty()) {
      return "";
    }
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    String tail = url.length() > 3 * HINT_CHARS ? url.substring(url.length() - HINT_CHARS) : "";
    return (host == null ? "?" : host) + " …" + tail;
  }

  /** True for an https URL with a host (any host: Workflows hosts vary), at most 2,048 characters. */
  public static boolean isWebhookUrl(String url) {
    if (url == null || url.length() > 2048) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** True for a security token as Teams shows it: base64 of at least 16 bytes. */
  public static boolean isSecurityToken(String token) {
    return HmacCheck.isToken(token);
  }

  @Override
  public String toString() {
    return "TeamsSettings[workspace=" + workspace + ", webhook=" + (posts() ? "set" : "none") + ", token="
        + (answers() ? "set" : "none") + ", language=" + language + ", changedBy=" + changedBy + ", changedAt="
        + changedAt + "]";
  }
}
