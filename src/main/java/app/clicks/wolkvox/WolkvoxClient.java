package app.clicks.wolkvox;

import app.clicks.wolkvox.WolkvoxException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat_14 client: asks wolkvox for a window in parts of at most 31 days, splits parts whose answer may have
 * been cut (record cap) or that time out twice, retries transient faults with backoff, and streams each answer
 * into its own batch of the receiver.
 */
public final class WolkvoxClient implements ClickSource {
  private static final Logger LOG = LoggerFactory.getLogger(WolkvoxClient.class);
  /** wolkvox answers at most 31 days per request. */
  static final int MAX_DAYS = 31;
  /** A window that times out is not split below this length: smaller parts would not help. */
  static final long MIN_TIMEOUT_SPLIT_SECONDS = 3600;
  /** A fetch gives up after this many timeouts, whatever the window. */
  static final int MAX_TIMEOUTS_PER_FETCH = 8;

  private final WolkvoxSettings settings;
  private final WolkvoxHttp http;

  public WolkvoxClient(WolkvoxSettings settings, HttpClient http, RequestGate gate, Sleeper sleeper) {
    this.settings = settings;
    this.http = new WolkvoxHttp(settings, http, gate, sleeper);
  }

  /** A client with its own HTTP client, an in-JVM gate of the configured size and real sleeps. */
  public static WolkvoxClient create(WolkvoxSettings settings) {
    return new WolkvoxClient(settings, httpClient(settings), new InJvmRequestGate(settings.maxInFlight()),
        Sleeper.SYSTEM);
  }

  /** The HTTP client the client is meant to use: HTTP/1.1, the configured connect timeout, no redirects. */
  public static HttpClient httpClient(WolkvoxSettings settings) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver)
      throws WolkvoxException {
    String server = connection.serverId();
    if (!WolkvoxConnection.isValidServerId(server)) {
      throw new WolkvoxException(Kind.BAD_RESPONSE, null, window.toString(),
          "The wolkvox server id must be letters and digits only (for example 0042).");
    }
    if (connection.token() == null || connection.token().isBlank()) {
      throw new WolkvoxFaults(server, window.toString(), null)
          .tokenRejected("No wolkvox token is set for server " + server);
    }
    Fetch run = new Fetch(connection, receiver);
    Deque<Window> todo = new ArrayDeque<>(split31(window));
    while (!todo.isEmpty()) {
      List<Window> instead = run.window(todo.pollFirst());
      for (int i = instead.size() - 1; i >= 0; i--) {
        todo.addFirst(instead.get(i));
      }
    }
    return run.requests;
  }

  /** {@code window} cut into consecutive parts of at most 31 days. */
  static List<Window> split31(Window window) {
    List<Window> parts = new ArrayList<>();
    LocalDateTime from = window.from();
    while (!from.isAfter(window.to())) {
      LocalDateTime end = from.plusDays(MAX_DAYS).minusSeconds(1);
      if (end.isAfter(window.to())) {
        end = window.to();
      }
      parts.add(new Window(from, end));
      from = end.plusSeconds(1);
    }
    return parts;
  }

  /** {@code w} cut into two halves (w must be longer than a second). */
  static List<Window> halves(Window w) {
    LocalDateTime mid = w.from().plusSeconds(w.seconds() / 2);
    return List.of(new Window(w.from(), mid.minusSeconds(1)), new Window(mid, w.to()));
  }

  /** One call of {@link #fetch}: its connection, receiver and counts. */
  private final class Fetch {
    private final WolkvoxConnection connection;
    private final WindowReceiver receiver;
    private int requests;
    private int timeouts;

    Fetch(WolkvoxConnection connection, WindowReceiver receiver) {
      this.connection = connection;
      this.receiver = receiver;
    }

    /** Fetches {@code w}; returns the windows to ask instead (empty when {@code w} is done). */
    List<Window> window(Window w) throws WolkvoxException {
      String server = connection.serverId();
      int timeoutsHere = 0;
      for (int attempt = 1; ; attempt++) {
        try {
          if (!request(w)) {
            return List.of();
          }
          if (w.seconds() < 2) {
            throw faults(w).fail(Kind.BAD_RESPONSE, "wolkvox server " + server + " has "
                + settings.maxRecords() + " or more records within one second (" + w
                + "), more than one answer can hold: raise WOLKVOX_MAX_RECORDS (up to 60000).");
          }
          LOG.info("wolkvox {} {}: {} records or more, the answer may be cut; asking each half", server, w,
              settings.maxRecords());
          return halves(w);
        } catch (WolkvoxException e) {
          if (e.kind() == Kind.TIMEOUT) {
            timeoutsHere++;
            timeouts++;
            if (timeouts >= MAX_TIMEOUTS_PER_FETCH) {
              throw e;
            }
            if (timeoutsHere >= 2 && w.seconds() > MIN_TIMEOUT_SPLIT_SECONDS) {
              LOG.warn("wolkvox {} {}: timed out twice; asking each half", server, w);
              return halves(w);
            }
          }
          http.retryOrThrow(e, attempt, server, w.toString());
        }
      }
    }

    private WolkvoxFaults faults(Window w) {
      return new WolkvoxFaults(connection.serverId(), w.toString(), connection.token());
    }

    /** One HTTP request for {@code w}; true when its answer reached the record cap (and was discarded). */
    private boolean request(Window w) throws WolkvoxException {
      WolkvoxFaults faults = faults(w);
      String server = connection.serverId();
      HttpRequest req = http.get(connection, "/api/v2/reports_manager.php?api=chat_14"
          + "&date_ini=" + w.dateIni() + "&date_end=" + w.dateEnd(), faults);
      try (RequestGate.Permit permit = http.enter(server, faults)) {
        requests++;
        HttpResponse<InputStream> resp = http.send(req, server, faults);
        StallWatch body = StallWatch.watch(resp.body(), settings.readTimeout());
        try (body) {
          return new AnswerReader(connection, w, receiver, faults, settings.maxRecords())
              .read(resp.statusCode(), body);
        } catch (IOException e) {
          throw http.unread(body, server, faults, e);
        }
      }
    }
  }
}
