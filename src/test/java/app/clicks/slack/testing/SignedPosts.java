package app.clicks.slack.testing;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Posts to the bot what Slack posts, signed (events, interactions, slash commands), and hands back its answer. */
public final class SignedPosts {
  private final SignedRequests signed;
  private final HttpClient http = HttpClient.newHttpClient();

  public SignedPosts(SignedRequests signed) {
    this.signed = signed;
  }

  /** How the requests are signed, for a test that forges or delays one. */
  public SignedRequests signed() {
    return signed;
  }

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** An Events API callback. */
  public HttpResponse<String> event(String json) throws Exception {
    return send(signed.event(json));
  }

  /** An interaction (block action, view submission). */
  public HttpResponse<String> interaction(String payloadJson) throws Exception {
    return send(signed.interaction(payloadJson));
  }

  /** A slash command. */
  public HttpResponse<String> slashCommand(Map<String, String> form) throws Exception {
    return send(signed.slashCommand(form));
  }
}
