package app.clicks.slack.testing;

import app.clicks.testing.UrlForms;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for the Slack Web API (at {@link #apiUrl()}) and for response_url receivers (at
 * {@link #responseUrl(String)}). It answers every Web API method with {"ok":true} unless a test programs another
 * answer, and records each call so that tests can wait for it and read its parameters.
 */
public final class SlackStandIn implements AutoCloseable {

  /** One recorded Web API call: the method name, its form or JSON parameters, and the raw body. */
  public record Call(String method, Map<String, String> params, String body, String authorization) {}

  /** A programmed answer. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer ok(String json) {
      return new Answer(200, Map.of(), json);
    }
  }

  private final HttpServer server;
  private final Map<String, BlockingQueue<Call>> calls = new ConcurrentHashMap<>();
  private final List<Call> allCalls = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Function<Call, Answer>> handlers = new ConcurrentHashMap<>();
  private final Map<String, BlockingQueue<String>> responses = new ConcurrentHashMap<>();
  private final Map<String, String> users = new ConcurrentHashMap<>();
  /** Bytes POSTed to the stand-in's upload URLs, by file id, in order. */
  private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
  private final BlockingQueue<Upload> uploadQueue = new LinkedBlockingQueue<>();
  private final java.util.concurrent.atomic.AtomicInteger fileIds = new java.util.concurrent.atomic.AtomicInteger();
  private volatile Function<byte[], Answer> uploadHandler = b -> new Answer(200, Map.of(), "OK - " + b.length);

  /** One POST to an upload URL: the file id it was for, the bytes and the Content-Length header. */
  public record Upload(String fileId, byte[] bytes, String contentLength) {}

  public SlackStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::handleApi);
    server.createContext("/respond/", this::handleResponse);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    handlers.put(
        "auth.test",
        c ->
            Answer.ok(
                "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"clicks\","
                    + "\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"));
    handlers.put("users.info", this::userInfo);
    server.createContext("/upload/", this::handleUpload);
    handlers.put("files.getUploadURLExternal", c -> {
      String id = "F" + String.format("%04d", fileIds.incrementAndGet());
      return Answer.ok("{\"ok\":true,\"upload_url\":\"" + uploadUrl(id) + "\",\"file_id\":\"" + id + "\"}");
    });
    handlers.put("files.completeUploadExternal", c -> Answer.ok("{\"ok\":true,\"files\":[]}"));
    handlers.put("conversations.open", c -> Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"D"
        + c.params().getOrDefault("users", "X") + "\"}}"));
    handlers.put("conversations.join", c -> Answer.ok("{\"ok\":true,\"channel\":{\"id\":\""
        + c.params().getOrDefault("channel", "") + "\"}}"));
    handlers.put("conversations.info", c -> Answer.ok("{\"ok\":true,\"channel\":{\"id\":\""
        + c.params().getOrDefault("channel", "") + "\",\"is_member\":true}}"));
    server.start();
  }

  /** Base of the Web API, to give to the app as SLACK_API_URL. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A response_url whose posts are recorded under {@code id}. */
  public String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
  }

  /** The signed-URL stand-in Slack gives for file {@code fileId} (files.getUploadURLExternal answers it). */
  public String uploadUrl(String fileId) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId + "?sig=secret-signature";
  }

  /** Programs the answer to the bytes POSTed to an upload URL (by default 200 "OK - length"). */
  public void onUpload(Function<byte[], Answer> handler) {
    uploadHandler = handler;
  }

  /** Waits for the next POST to an upload URL; fails after 10 seconds. */
  public Upload nextUpload() throws InterruptedException {
    Upload u = uploadQueue.poll(10, TimeUnit.SECONDS);
    if (u == null) {
      throw new AssertionError("nothing was uploaded within 10 s; calls: " + methods());
    }
    return u;
  }

  /** The bytes uploaded for {@code fileId}, or null. */
  public byte[] uploaded(String fileId) {
    return uploads.get(fileId);
  }

  /** Programs the answer to a Web API method. */
  public void on(String method, Function<Call, Answer> handler) {
    handlers.put(method, handler);
  }

  /** Makes users.info describe {@code userId} as an admin or not. */
  public void user(String userId, boolean admin, String locale) {
    users.put(
        userId,
        "{\"ok\":true,\"user\":{\"id\":\""
            + userId
            + "\",\"name\":\""
            + userId.toLowerCase()
            + "\",\"is_admin\":"
            + admin
            + ",\"is_owner\":false,\"locale\":\""
            + locale
            + "\"}}");
  }

  /** Waits for the next call of {@code method}; fails the test after 10 seconds. */
  public Call next(String method) throws InterruptedException {
    Call c = queue(method).poll(10, TimeUnit.SECONDS);
    if (c == null) {
      throw new AssertionError("Slack method " + method + " was not called within 10 s; calls: " + methods());
    }
    return c;
  }

  /** The next call of {@code method} if one arrives within {@code millis}, else null. */
  public Call poll(String method, long millis) throws InterruptedException {
    return queue(method).poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Waits for the next post to the response_url {@code id}; fails after 10 seconds. */
  public String nextResponse(String id) throws InterruptedException {
    String body = responses.computeIfAbsent(id, k -> new LinkedBlockingQueue<>()).poll(10, TimeUnit.SECONDS);
    if (body == null) {
      throw new AssertionError("nothing was posted to response_url " + id + " within 10 s");
    }
    return body;
  }

  /** The next post to the response_url {@code id} if one arrives within {@code millis}, else null. */
  public String pollResponse(String id, long millis) throws InterruptedException {
    return responses.computeIfAbsent(id, k -> new LinkedBlockingQueue<>()).poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Every call so far, in order. */
  public List<Call> calls() {
    synchronized (allCalls) {
      return List.copyOf(allCalls);
    }
  }

  /** The method names called so far, in order. */
  public List<String> methods() {
    return calls().stream().map(Call::method).toList();
  }

  private BlockingQueue<Call> queue(String method) {
    return calls.computeIfAbsent(method, k -> new LinkedBlockingQueue<>());
  }

  private Answer userInfo(Call call) {
    String id = call.params().getOrDefault("user", "");
    return Answer.ok(users.getOrDefault(id, "{\"ok\":false,\"error\":\"user_not_found\"}"));
  }

  private void handleApi(HttpExchange ex) throws IOException {
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    String body = read(ex.getRequestBody());
    Map<String, String> params = new LinkedHashMap<>();
    String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    if (contentType.contains("application/x-www-form-urlencoded")) {
      params.putAll(UrlForms.decode(body));
    }
    if (ex.getRequestURI().getRawQuery() != null) {
      params.putAll(UrlForms.decode(ex.getRequestURI().getRawQuery()));
    }
    Call call = new Call(method, params, body, ex.getRequestHeaders().getFirst("Authorization"));
    Answer answer;
    try {
      answer = handlers.getOrDefault(method, c -> Answer.ok("{\"ok\":true}")).apply(call);
    } catch (RuntimeException e) {
      answer = new Answer(500, Map.of(), "{\"ok\":false,\"error\":\"stand_in_failure\"}");
    }
    allCalls.add(call);
    queue(method).add(call);
    byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(answer.status(), out.length);
    ex.getResponseBody().write(out);
    ex.close();
  }

  private void handleUpload(HttpExchange ex) throws IOException {
    String id = ex.getRequestURI().getPath().substring("/upload/".length());
    byte[] body = ex.getRequestBody().readAllBytes();
    Answer answer;
    try {
      answer = uploadHandler.apply(body);
    } catch (RuntimeException e) {
      answer = new Answer(500, Map.of(), "stand-in failure");
    }
    if (answer.status() == 200) {
      uploads.put(id, body);
    }
    uploadQueue.add(new Upload(id, body, ex.getRequestHeaders().getFirst("Content-Length")));
    byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(answer.status(), out.length);
    ex.getResponseBody().write(out);
    ex.close();
  }

  private void handleResponse(HttpExchange ex) throws IOException {
    String id = ex.getRequestURI().getPath().substring("/respond/".length());
    String body = read(ex.getRequestBody());
    responses.computeIfAbsent(id, k -> new LinkedBlockingQueue<>()).add(body);
    byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(200, out.length);
    ex.getResponseBody().write(out);
    ex.close();
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
