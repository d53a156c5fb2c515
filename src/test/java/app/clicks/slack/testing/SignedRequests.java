package app.clicks.slack.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds requests to /slack/events signed the way Slack signs them (v0 HMAC-SHA256 of "v0:ts:body"). */
public final class SignedRequests {
  private final String signingSecret;
  private final URI eventsUrl;

  public SignedRequests(String signingSecret, URI eventsUrl) {
    this.signingSecret = signingSecret;
    this.eventsUrl = eventsUrl;
  }

  /** A slash command's form post, signed now. */
  public HttpRequest slashCommand(Map<String, String> form) {
    return signed(formBody(form), "application/x-www-form-urlencoded", Instant.now());
  }

  /** The form Slack posts for `/clicks {@code text}` typed by {@code user} in #general of {@code teamId}. */
  public static Map<String, String> clicksForm(String teamId, String user, String text, String responseUrl) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("token", "verification-token-unused");
    form.put("team_id", teamId);
    form.put("team_domain", "test");
    form.put("channel_id", "C0GENERAL");
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase(java.util.Locale.ROOT));
    form.put("command", "/clicks");
    form.put("text", text);
    form.put("api_app_id", "A0CLICKS");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    return form;
  }

  /** An interactivity post (block_actions, view_submission): form field payload=JSON. */
  public HttpRequest interaction(String payloadJson) {
    return signed(formBody(Map.of("payload", payloadJson)), "application/x-www-form-urlencoded", Instant.now());
  }

  /** An Events API post (JSON). */
  public HttpRequest event(String json) {
    return signed(json, "application/json", Instant.now());
  }

  /** Any body, signed as of {@code at} (a stale time makes a stale request). */
  public HttpRequest signed(String body, String contentType, Instant at) {
    String ts = Long.toString(at.getEpochSecond());
    return HttpRequest.newBuilder(eventsUrl)
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", signature(ts, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The signature Slack would send for this timestamp and body. */
  public String signature(String ts, String body) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + java.util.HexFormat.of().formatHex(
          mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
