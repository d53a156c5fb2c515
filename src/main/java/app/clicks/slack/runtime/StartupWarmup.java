package app.clicks.slack.runtime;

import app.clicks.slack.clicks.ClicksFeature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, sends one signed `/clicks help` to the bot's own /slack/events, so that the first person's request
 * finds Jetty, Bolt, the listeners, the database and the bot's identity (auth.test, which Bolt caches) warm: a cold
 * first request took about 300 ms to acknowledge, a warm one takes tens of milliseconds. With many workspaces there
 * is no installation to answer a command for (and none must be needed), so it sends a signed url_verification,
 * which warms Jetty, Bolt's parsing and signature check but no listener.
 */
final class StartupWarmup {
  private static final Logger log = LoggerFactory.getLogger(StartupWarmup.class);
  static final String TEAM = "T0WARMUP";

  private StartupWarmup() {}

  /** Sends the request and waits for its answer (at most {@code timeout}); a failure is logged, never thrown. */
  static boolean run(int port, String signingSecret, Duration timeout) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", TEAM);
    form.put("user_id", "U0WARMUP");
    form.put("command", ClicksFeature.COMMAND);
    form.put("text", "help");
    form.put("response_url", "http://127.0.0.1:" + port + "/warmup-has-no-response-url");
    form.put("trigger_id", "warmup");
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(port, signingSecret, timeout, body, "application/x-www-form-urlencoded");
  }

  /** Multi-workspace mode: a signed url_verification (needs no installation); a failure is logged, never thrown. */
  static boolean runWithoutInstallation(int port, String signingSecret, Duration timeout) {
    String body = "{\"type\":\"url_verification\",\"challenge\":\"warmup\",\"token\":\"unused\"}";
    return send(port, signingSecret, timeout, body, "application/json");
  }

  private static boolean send(int port, String signingSecret, Duration timeout, String body, String contentType) {
    String ts = Long.toString(Instant.now().getEpochSecond());
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackHttpServer.EVENTS_PATH))
          .timeout(timeout)
          .header("Content-Type", contentType)
          .header("X-Slack-Request-Timestamp", ts)
          .header("X-Slack-Signature", signature(signingSecret, ts, body))
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(timeout).build()
          .send(request, HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        log.warn("start-up warm-up request answered {}", r.statusCode());
        return false;
      }
      return true;
    } catch (java.io.IOException e) {
      log.warn("start-up warm-up request failed: {}", e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Slack's request signature: v0= HMAC-SHA256 of "v0:{timestamp}:{body}" under the signing secret. */
  static String signature(String signingSecret, String ts, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
