package app.clicks.wolkvox;

import app.clicks.wolkvox.WolkvoxException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every wolkvox client shares: the URL of an API on a server, the token header, the in-flight gate, one HTTP
 * exchange with its faults typed, and the wait before a retry.
 */
final class WolkvoxHttp {
  private static final Logger LOG = LoggerFactory.getLogger(WolkvoxHttp.class);

  private final WolkvoxSettings settings;
  private final HttpClient http;
  private final RequestGate gate;
  private final Sleeper sleeper;

  WolkvoxHttp(WolkvoxSettings settings, HttpClient http, RequestGate gate, Sleeper sleeper) {
    this.settings = settings;
    this.http = http;
    this.gate = gate;
    this.sleeper = sleeper;
  }

  WolkvoxSettings settings() {
    return settings;
  }

  /** A GET of {@code pathAndQuery} (from /api/v2/…) on the connection's server, with its token. */
  HttpRequest get(WolkvoxConnection connection, String pathAndQuery, WolkvoxFaults faults) throws WolkvoxException {
    URI uri = URI.create(settings.baseFor(connection.serverId()) + pathAndQuery);
    try {
      return HttpRequest.newBuilder(uri)
          .timeout(settings.readTimeout())
          .header("wolkvox-token", connection.token().strip())
          .header("Accept", "application/json")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      // the JDK's message may quote the header value: never pass it on
      throw faults.tokenRejected("The wolkvox token for server " + connection.serverId()
          + " has characters a token cannot have");
    }
  }

  /** A permit of the in-flight gate for {@code server}; close it when the request ends. */
  RequestGate.Permit enter(String server, WolkvoxFaults faults) throws WolkvoxException {
    try {
      return gate.acquire(server);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw faults.fail(Kind.CONNECTION, "Stopped while waiting to ask wolkvox server " + server + ".");
    }
  }

  /** Sends {@code req}; the body is left to the caller. */
  HttpResponse<InputStream> send(HttpRequest req, String server, WolkvoxFaults faults) throws WolkvoxException {
    try {
      return http.send(req, BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw faults.fail(Kind.CONNECTION, "Could not connect to wolkvox server " + server
          + " in time: try again later.", e);
    } catch (HttpTimeoutException e) {
      throw faults.fail(Kind.TIMEOUT, "wolkvox server " + server + " did not answer within "
          + settings.readTimeout().toSeconds() + " s: try again later.", e);
    } catch (IOException e) {
      throw broken(server, faults, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw faults.fail(Kind.CONNECTION, "Stopped while asking wolkvox server " + server + ".");
    }
  }

  /** The fault of a body read that stalled for the read timeout or broke. */
  WolkvoxException unread(StallWatch body, String server, WolkvoxFaults faults, IOException e) {
    if (body.stalled()) {
      return faults.fail(Kind.TIMEOUT, "wolkvox server " + server + " stopped sending its answer for "
          + settings.readTimeout().toSeconds() + " s: try again later.", e);
    }
    return broken(server, faults, e);
  }

  WolkvoxException broken(String server, WolkvoxFaults faults, IOException e) {
    return faults.fail(Kind.CONNECTION, "The connection to wolkvox server " + server
        + " failed or broke (" + e.getClass().getSimpleName() + "): try again later.", e);
  }

  /**
   * After try {@code attempt} of {@code what} failed with {@code e}: throws {@code e} when trying again cannot help
   * or the tries are spent, else waits the backoff (doubling from the first) and returns.
   */
  void retryOrThrow(WolkvoxException e, int attempt, String server, String what) throws WolkvoxException {
    if (!e.kind().isTransient() || attempt >= settings.tries() || Thread.currentThread().isInterrupted()) {
      LOG.warn("wolkvox {} {}: {} after {} tries", server, what, e.kind(), attempt);
      throw e;
    }
    Duration wait = settings.firstBackoff().multipliedBy(1L << (attempt - 1));
    LOG.warn("wolkvox {} {}: {} (try {} of {}); trying again in {} ms", server, what, e.kind(), attempt,
        settings.tries(), wait.toMillis());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }
}
