package app.clicks.wolkvox;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory client: reads one list of information.php (agents, routing points, activity codes) through the
 * same gate, faults and retries as the chat_14 client; a list is small, so its answer is read whole.
 */
public final class DirectoryClient implements DirectorySource {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryClient.class);
  /** A list answer larger than this is not a list wolkvox sends (60,000 records of a few hundred bytes). */
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private final WolkvoxHttp http;

  /** {@code gate} must be the one the chat_14 client uses: wolkvox's in-flight limit is per token. */
  public DirectoryClient(WolkvoxSettings settings, HttpClient http, RequestGate gate, Sleeper sleeper) {
    this.http = new WolkvoxHttp(settings, http, gate, sleeper);
  }

  @Override
  public List<DirectoryEntry> read(WolkvoxConnection connection, DirectoryList list, CallCounter calls)
      throws WolkvoxException {
    String server = connection.serverId();
    WolkvoxFaults faults = WolkvoxFaults.forList(server, list.label(), connection.token());
    if (connection.token() == null || connection.token().isBlank()) {
      throw faults.tokenRejected("No wolkvox token is set for server " + server);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        List<DirectoryEntry> entries = once(connection, list, faults, calls);
        LOG.debug("wolkvox {} {}: {} entries", server, list.api(), entries.size());
        return entries;
      } catch (WolkvoxException e) {
        http.retryOrThrow(e, attempt, server, "api=" + list.api());
      }
    }
  }

  private List<DirectoryEntry> once(WolkvoxConnection connection, DirectoryList list, WolkvoxFaults faults,
      CallCounter calls) throws WolkvoxException {
    String server = connection.serverId();
    HttpRequest req = http.get(connection, "/api/v2/information.php?api=" + list.api(), faults);
    try (RequestGate.Permit permit = http.enter(server, faults)) {
      calls.count();
      HttpResponse<InputStream> resp = http.send(req, server, faults);
      StallWatch body = StallWatch.watch(resp.body(), http.settings().readTimeout());
      byte[] bytes;
      try (body) {
        bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      } catch (IOException e) {
        throw http.unread(body, server, faults, e);
      }
      if (bytes.length > MAX_BODY_BYTES) {
        throw faults.fail(WolkvoxException.Kind.BAD_RESPONSE, "wolkvox server " + server + " sent more than "
            + MAX_BODY_BYTES / (1024 * 1024) + " MB for " + list.label() + ".");
      }
      return new DirectoryAnswer(list, server, faults)
          .read(resp.statusCode(), new String(bytes, StandardCharsets.UTF_8));
    }
  }
}
