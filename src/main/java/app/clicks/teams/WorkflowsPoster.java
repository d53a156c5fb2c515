package app.clicks.teams;

import app.clicks.wolkvox.Sleeper;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Posts a card to a Workflows webhook (java.net.http). Any 2xx is accepted, another 4xx refused, 429 waited out
 * (Retry-After, a few times, when short) and then, like 5xx, "retry later"; a connection that could not be made is
 * unreachable, a request without an answer unclear. The URL is a credential: it is never logged or put in an outcome.
 */
public final class WorkflowsPoster {
  /** How long a post may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** 429s waited out inline before "retry later". */
  static final int RATE_LIMIT_WAITS = 2;
  /** The longest Retry-After waited out inline. */
  static final Duration MAX_WAIT = Duration.ofSeconds(30);
  /** The wait when a 429 has no readable Retry-After. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

  private final HttpClient http;
  private final Duration timeout;
  private final Sleeper sleeper;
  private final UnaryOperator<String> route;

  public WorkflowsPoster(HttpClient http, Duration timeout, Sleeper sleeper) {
    this(http, timeout, sleeper, UnaryOperator.identity());
  }

  /**
   * @param route where a webhook URL is really sent (identity in production; tests send an https URL an admin typed
   *     to a local http stand-in)
   */
  public WorkflowsPoster(HttpClient http, Duration timeout, Sleeper sleeper, UnaryOperator<String> route) {
    this.http = http;
    this.timeout = timeout;
    this.sleeper = sleeper;
    this.route = route;
  }

  /** The production poster: its own HTTP client, {@link #TIMEOUT}, real waits. */
  public static WorkflowsPoster create() {
    return new WorkflowsPoster(HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build(), TIMEOUT, Sleeper.SYSTEM);
  }

  /** Posts the envelope; never throws. */
  public TeamsPostOutcome post(String webhookUrl, JsonObject envelope) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(route.apply(webhookUrl)))
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(TeamsCard.compact(envelope)))
          .build();
    } catch (IllegalArgumentException e) {
      return new TeamsPostOutcome.Unreachable("bad URL");
    }
    for (int waits = 0; ; waits++) {
      TeamsPostOutcome outcome = once(request);
      if (!(outcome instanceof TeamsPostOutcome.RetryLater r) || r.code() != 429 || waits >= RATE_LIMIT_WAITS
          || r.retryAfter().compareTo(MAX_WAIT) > 0) {
        return outcome;
      }
      try {
        sleeper.sleep(r.retryAfter());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
    }
  }

  private TeamsPostOutcome once(HttpRequest request) {
    HttpResponse<Void> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
      return new TeamsPostOutcome.Unreachable(e.getClass().getSimpleName());
    } catch (IOException e) {
      return e.getCause() instanceof UnresolvedAddressException
          ? new TeamsPostOutcome.Unreachable("UnresolvedAddressException")
          : new TeamsPostOutcome.Unclear(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TeamsPostOutcome.Unclear("interrupted");
    }
    int code = r.statusCode();
    if (code >= 200 && code < 300) {
      return new TeamsPostOutcome.Accepted(code);
    }
    if (code == 429 || code >= 500) {
      return new TeamsPostOutcome.RetryLater(code, retryAfter(r.headers().firstValue("Retry-After")));
    }
    if (code >= 400) {
      return new TeamsPostOutcome.Refused(code);
    }
    return new TeamsPostOutcome.Unclear("HTTP " + code);
  }

  /** Retry-After in seconds; {@link #DEFAULT_WAIT} when absent or not a number of seconds. */
  static Duration retryAfter(Optional<String> header) {
    try {
      return header.map(String::strip).map(Long::parseLong).map(s -> Duration.ofSeconds(Math.max(0, s)))
          .orElse(DEFAULT_WAIT);
    } catch (NumberFormatException e) {
      return DEFAULT_WAIT;
    }
  }
}
