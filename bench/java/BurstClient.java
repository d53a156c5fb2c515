import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * The burst's sender (section 4): sends pre-signed Slack requests all at once, one thread and one connection each,
 * released together by a barrier, and writes each one's round trip. In Java rather than Python so that the sender's
 * own overhead (150 Python threads share one interpreter lock) is not counted as the bot's ack time.
 *
 *   java -cp bench/out/classes BurstClient requests.tsv results.tsv warm-up-url
 *
 * A request line: url TAB X-Slack-Request-Timestamp TAB X-Slack-Signature TAB form body. A result line: index TAB
 * round trip in ms TAB HTTP status TAB the answer's body in base64.
 */
public final class BurstClient {
  public static void main(String[] args) throws Exception {
    List<String[]> requests = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        requests.add(line.split("\t", 4));
      }
    }
    int n = requests.size();
    warmUp(new URL(args[2]));
    double[] ms = new double[n];
    int[] status = new int[n];
    String[] bodies = new String[n];
    CyclicBarrier gate = new CyclicBarrier(n);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      Thread t = new Thread(() -> {
        String[] r = requests.get(k);
        byte[] body = r[3].getBytes(StandardCharsets.UTF_8);
        try {
          gate.await();
          long t0 = System.nanoTime();
          HttpURLConnection c = (HttpURLConnection) new URL(r[0]).openConnection();
          c.setConnectTimeout(10_000);
          c.setReadTimeout(10_000);
          c.setDoOutput(true);
          c.setRequestMethod("POST");
          c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
          c.setRequestProperty("X-Slack-Request-Timestamp", r[1]);
          c.setRequestProperty("X-Slack-Signature", r[2]);
          c.setFixedLengthStreamingMode(body.length);
          try (OutputStream out = c.getOutputStream()) {
            out.write(body);
          }
          status[k] = c.getResponseCode();
          InputStream in = status[k] < 400 ? c.getInputStream() : c.getErrorStream();
          ByteArrayOutputStream got = new ByteArrayOutputStream();
          if (in != null) {
            try (in) {
              in.transferTo(got);
            }
          }
          ms[k] = (System.nanoTime() - t0) / 1e6;
          bodies[k] = Base64.getEncoder().encodeToString(got.toByteArray());
          c.disconnect();
        } catch (Exception e) {
          status[k] = -1;
          bodies[k] = Base64.getEncoder().encodeToString(e.toString().getBytes(StandardCharsets.UTF_8));
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(60_000);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i).append('\t').append(String.format("%.1f", ms[i])).append('\t').append(status[i]).append('\t')
          .append(bodies[i] == null ? "" : bodies[i]).append('\n');
    }
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
  }

  /**
   * A few requests before the burst, so that the sender's own cold start (class loading, JIT) is not timed. They go
   * to another server (the Slack stand-in), so that the bot is not warmed by them.
   */
  private static void warmUp(URL url) throws Exception {
    for (int i = 0; i < 50; i++) {
      HttpURLConnection c = (HttpURLConnection) url.openConnection();
      c.setRequestProperty("Connection", "close");
      try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
        if (in != null) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
      c.disconnect();
    }
  }
}
