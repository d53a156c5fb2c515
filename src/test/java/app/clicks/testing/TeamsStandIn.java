package app.clicks.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Teams Workflows webhook on localhost: accepts only the documented envelope ({"type":"message","attachments":[
 * {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"≤1.4"}}]}) of
 * at most 28 KB, and answers 202 — or, when told, 429 (with Retry-After), 500 or 400 for the next requests.
 */
public final class TeamsStandIn implements AutoCloseable {
  /** Teams' limit on a posted card. */
  public static final int MAX_BYTES = 28 * 1024;

  private final HttpServer server;
  /** The cards (envelopes) it accepted, in order. */
  public final List<JsonObject> accepted = new CopyOnWriteArrayList<>();
  /** Every request body it got, accepted or not. */
  public final List<String> bodies = new CopyOnWriteArrayList<>();
  /** Why envelopes were rejected (400). */
  public final List<String> rejected = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> next = new ConcurrentLinkedQueue<>();

  public TeamsStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A webhook URL on the stand-in, with a sig= secret like a real one (http: the stand-in has no TLS). */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort()
        + "/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=SECRETsig0123456789xyzQ";
  }

  /** The next requests answer these statuses (429 with Retry-After: 1), then 202 again. */
  public TeamsStandIn answer(Integer... statuses) {
    next.addAll(List.of(statuses));
    return this;
  }

  private void handle(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String text = new String(body, StandardCharsets.UTF_8);
    bodies.add(text);
    Integer forced = next.poll();
    int status;
    if (forced != null) {
      status = forced;
      if (status == 429) {
        ex.getResponseHeaders().add("Retry-After", "1");
      }
    } else {
      String problem = problem(ex, body);
      if (problem != null) {
        rejected.add(problem);
        status = 400;
      } else {
        accepted.add(read(body));
        status = 202;
      }
    }
    ex.sendResponseHeaders(status, -1);
    ex.close();
  }

  /** What is wrong with the request as a Workflows card, or null. */
  static String problem(HttpExchange ex, byte[] body) {
    if (!"POST".equals(ex.getRequestMethod())) {
      return "method " + ex.getRequestMethod();
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      return "content type " + type;
    }
    if (body.length > MAX_BYTES) {
      return "size " + body.length;
    }
    try {
      JsonObject o = read(body);
      if (!"message".equals(o.getString("type"))) {
        return "type";
      }
      JsonObject a = o.getJsonArray("attachments").getJsonObject(0);
      if (!"application/vnd.microsoft.card.adaptive".equals(a.getString("contentType"))) {
        return "contentType";
      }
      JsonObject card = a.getJsonObject("content");
      if (!"AdaptiveCard".equals(card.getString("type"))) {
        return "Property 'type' must be 'AdaptiveCard'";
      }
      if (Double.parseDouble(card.getString("version")) > 1.4) {
        return "version " + card.getString("version");
      }
      return null;
    } catch (RuntimeException e) {
      return "not the envelope: " + e;
    }
  }

  private static JsonObject read(byte[] body) {
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
      return r.readObject();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
