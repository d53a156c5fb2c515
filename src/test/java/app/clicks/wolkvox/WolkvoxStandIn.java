package app.clicks.wolkvox;

import app.clicks.testing.UrlForms;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for wolkvox's reports_manager.php on 127.0.0.1 (JDK HttpServer, port 0): records every request,
 * answers from a programmable {@link Responder}, and can serve a synthetic data set capped at K records per answer
 * as wolkvox does. Other packages' tests may use it: point WOLKVOX_BASE_URL at {@link #baseUrl()}.
 */
public final class WolkvoxStandIn implements AutoCloseable {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A request as wolkvox would see it. */
  public record Request(String path, String api, String dateIni, String dateEnd, String token) {
    /** The window asked for. */
    public Window window() {
      return new Window(LocalDateTime.parse(dateIni, Window.WOLKVOX), LocalDateTime.parse(dateEnd, Window.WOLKVOX));
    }
  }

  /** Writes an answer's body. */
  @FunctionalInterface
  public interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }

  /**
   * An answer: status, content type, and a body of known length (or streamed when {@code length} is 0). With
   * {@code cutAfter} >= 0 only that many bytes of the declared length are sent before the connection is closed.
   */
  public record Answer(int status, String contentType, long length, BodyWriter body, int cutAfter) {
    public static Answer json(int status, String body) {
      return bytes(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    public static Answer html(int status, String body) {
      return bytes(status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    public static Answer bytes(int status, String contentType, byte[] body) {
      return new Answer(status, contentType, body.length == 0 ? -1 : body.length, out -> out.write(body), -1);
    }

    /** wolkvox's answer for a window without records: HTTP 404 with "Validate dates entered". */
    public static Answer noData() {
      return json(404, "{\"code\":\"404\",\"error\":\"Validate dates entered\",\"msg\":null,\"data\":null}");
    }

    /** The records as a chat_14 answer with code "200", streamed. */
    public static Answer records(List<Row> rows) {
      return new Answer(200, "application/json; charset=utf-8", 0, out -> writeBody(rows, out), -1);
    }

    /** The same answer, but the connection is closed after {@code bytes} bytes of the declared length. */
    public Answer cutAfter(int bytes) {
      if (length <= 0) {
        throw new IllegalStateException("only an answer of known length can be cut");
      }
      return new Answer(status, contentType, length, body, bytes);
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  public interface Responder {
    Answer answer(Request request) throws Exception;
  }

  /** A synthetic record: the fields a test varies; the others are derived. */
  public record Row(String sourceId, String chatId, String agentId, LocalDateTime date, String codAct) {
    String json() {
      return "{\"source_url\":\"https://fb.me/ad/" + sourceId + "\",\"source_type\":\"ad\",\"source_id\":\""
          + sourceId + "\",\"chat_id\":\"" + chatId + "\",\"rp_id\":\"RP_WA\",\"agent_id\":\"" + agentId
          + "\",\"media_type\":\"image\",\"media_url\":\"https://cdn.example/" + sourceId + ".jpg\",\"date\":\""
          + DATE.format(date) + "\",\"cod_act\":\"" + codAct + "\"}";
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Responder responder = r -> Answer.noData();

  private WolkvoxStandIn(HttpServer server) {
    this.server = server;
  }

  /** Starts a stand-in on 127.0.0.1 and a free port; it answers "no data" until told otherwise. */
  public static WolkvoxStandIn start() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
      WolkvoxStandIn standIn = new WolkvoxStandIn(s);
      s.createContext("/", standIn::handle);
      s.setExecutor(standIn.executor);
      s.start();
      return standIn;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to use as WOLKVOX_BASE_URL, for example http://127.0.0.1:40123. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public WolkvoxStandIn respond(Responder r) {
    this.responder = r;
    return this;
  }

  /** Gives these answers to the next requests in order; the last one is repeated. */
  public WolkvoxStandIn respondInOrder(Answer... answers) {
    AtomicInteger next = new AtomicInteger();
    return respond(r -> answers[Math.min(next.getAndIncrement(), answers.length - 1)]);
  }

  /** Every request so far, in order of arrival. */
  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /**
   * The most requests that were being answered at the same time: a request counts from its arrival until its answer
   * is ready to send (a responder that holds keeps it in flight). Not while its body is written: the client may be
   * done with an answer before this side has finished writing it.
   */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Serves the rows whose date lies in the window asked, at most {@code cap} of them (as wolkvox cuts). */
  public static Responder serving(List<Row> rows, int cap) {
    return r -> {
      Window w = r.window();
      List<Row> in = new ArrayList<>();
      for (Row row : rows) {
        if (!row.date().isBefore(w.from()) && !row.date().isAfter(w.to())) {
          in.add(row);
          if (in.size() == cap) {
            break;
          }
        }
      }
      return in.isEmpty() ? Answer.noData() : Answer.records(in);
    };
  }

  /**
   * A wolkvox directory as information.php serves it: agents and routing points by id, activity codes by code with
   * their descriptions, and the codes flagged {@code hit = yes}.
   */
  public record Directory(Map<String, String> agents, Map<String, String> routingPoints, Map<String, String> codes,
      Set<String> hits) {
    /** The list {@code api} ("agents", "routing_points", "activity_codes") as information.php's JSON. */
    public String body(String api) {
      StringBuilder sb = new StringBuilder("{\"code\":\"200\",\"error\":null,\"msg\":\"records were found\","
          + "\"data\":[");
      Map<String, String> list = switch (api) {
        case "agents" -> agents;
        case "routing_points" -> routingPoints;
        default -> codes;
      };
      int i = 0;
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(list).entrySet()) {
        sb.append(i++ == 0 ? "" : ",");
        String id = quote(e.getKey());
        String name = quote(e.getValue());
        sb.append(switch (api) {
          case "agents" -> "{\"agent_id\":" + id + ",\"agent_name\":" + name + ",\"enabled\":\"yes\"}";
          case "routing_points" -> "{\"rp_id\":" + id + ",\"rp_name\":" + name + "}";
          default -> "{\"cod_act\":" + id + ",\"description_cod_act\":" + name + ",\"hit\":\""
              + (hits.contains(e.getKey()) ? "yes" : "no") + "\",\"type_code\":\"cod_act1\"}";
        });
      }
      return sb.append("]}").toString();
    }

    private static String quote(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  /** True for a request to information.php (the directory), false for chat_14. */
  public static boolean isDirectory(Request r) {
    return r.path().endsWith("/information.php");
  }

  /** Serves {@code directory} at information.php and answers chat_14 with {@code clicks}. */
  public static Responder withDirectory(Directory directory, Responder clicks) {
    return r -> isDirectory(r) ? Answer.json(200, directory.body(r.api())) : clicks.answer(r);
  }

  /** Signals {@code entered}, waits (at most 30 s) for {@code release}, then answers with {@code then}. */
  public static Responder holding(CountDownLatch entered, CountDownLatch release, Responder then) {
    return r -> {
      entered.countDown();
      release.await(30, TimeUnit.SECONDS);
      return then.answer(r);
    };
  }

  /** {@code n} records spread evenly over the window, over 7 ads and 5 agents (every 6th without an agent). */
  public static List<Row> generate(int n, Window w) {
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(row(i, n, w));
    }
    return rows;
  }

  /** The i-th of {@link #generate}'s records, made on demand. */
  public static Row row(int i, int n, Window w) {
    long step = Math.max(1, w.seconds() / Math.max(1, n));
    LocalDateTime at = w.from().plusSeconds(Math.min(w.seconds() - 1, i * step));
    return new Row("AD" + (i % 7), "CH" + i, i % 6 == 5 ? "" : "AG" + (i % 5), at, i % 4 == 0 ? "" : "SALE");
  }

  /**
   * Serves {@link #generate}'s {@code n} records over {@code whole} without holding them: each answer is written
   * as it is made (at most {@code cap} records, the envelope after the data), so that a benchmark can ask for
   * hundreds of thousands of records.
   */
  public static Responder generating(int n, Window whole, int cap) {
    return r -> {
      Window w = r.window();
      return new Answer(200, "application/json; charset=utf-8", 0, out -> {
        Writer wr = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        wr.write("{\"data\":[");
        int sent = 0;
        for (int i = 0; i < n && sent < cap; i++) {
          Row row = row(i, n, whole);
          if (!row.date().isBefore(w.from()) && !row.date().isAfter(w.to())) {
            wr.write(sent++ == 0 ? "" : ",");
            wr.write(row.json());
          }
        }
        wr.write("],\"code\":\"200\",\"error\":null,\"msg\":\"" + sent + " records were found\"}");
        wr.flush();
      }, -1);
    };
  }

  /** The rows as a chat_14 answer body with code "200". */
  public static String body(List<Row> rows) {
    StringBuilder sb = new StringBuilder("{\"code\":\"200\",\"error\":null,\"msg\":\"" + rows.size()
        + " records were found\",\"data\":[");
    for (int i = 0; i < rows.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(rows.get(i).json());
    }
    return sb.append("]}").toString();
  }

  private static void writeBody(List<Row> rows, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("{\"code\":\"200\",\"error\":null,\"msg\":\"" + rows.size() + " records were found\",\"data\":[");
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(rows.get(i).json());
    }
    w.write("]}");
    w.flush();
  }

  private void handle(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    boolean counted = true;
    try {
      Map<String, String> q = UrlForms.decode(ex.getRequestURI().getRawQuery());
      Request req = new Request(ex.getRequestURI().getPath(), q.get("api"), q.get("date_ini"), q.get("date_end"),
          ex.getRequestHeaders().getFirst("wolkvox-token"));
      requests.add(req);
      Answer a;
      try {
        a = responder.answer(req);
      } catch (Exception e) {
        a = Answer.html(500, "<html><body>stand-in failed: " + e + "</body></html>");
      }
      // No longer in flight once its answer is ready, before any of it is sent: from the first byte on, the client
      // may be done with it (it stops reading at the record cap, or has the whole body while this thread is still
      // in close()), free its gate permit and send its next request, which must not count as overlapping this one.
      inFlight.decrementAndGet();
      counted = false;
      ex.getResponseHeaders().set("Content-Type", a.contentType());
      ex.sendResponseHeaders(a.status(), a.length());
      OutputStream out = ex.getResponseBody();
      if (a.cutAfter() >= 0) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        a.body().write(all);
        out.write(all.toByteArray(), 0, Math.min(a.cutAfter(), all.size()));
        out.flush();
        // thrown out of the handler, this makes the JDK server close the connection mid-body
        throw new IOException("the stand-in cut the answer on purpose");
      }
      try {
        if (a.length() >= 0) {
          a.body().write(out);
        }
        out.close();
      } catch (IOException e) {
        // the client went away (after a timeout, or when it stopped at the record cap)
      }
      ex.close();
    } finally {
      if (counted) {
        inFlight.decrementAndGet();
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
