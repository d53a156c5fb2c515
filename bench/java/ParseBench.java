import app.clicks.report.ClickTally;
import app.clicks.wolkvox.ChatClickParser;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The parse and tally of a chat_14 file inside one JVM, run several times: the first run is what a cold
 * `report --from-file` pays after JVM start, the later ones the steady state (JIT warm). Separates the parser
 * (ChatClickParser into a no-op sink) from parser + ClickTally.
 *
 *   java -cp target/wolkvox-clicks.jar:bench/out/classes ParseBench FILE [RUNS]
 */
public final class ParseBench {
  public static void main(String[] args) throws Exception {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ZoneId zone = ZoneId.of("America/Bogota");
    double mb = Files.size(file) / 1e6;
    for (int i = 0; i < runs; i++) {
      long[] n = {0};
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        ChatClickParser.parse(in, zone, r -> n[0]++);
      }
      long t1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      ClickTally tally = new ClickTally(zone);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        ChatClickParser.parse(in, zone, tally);
      }
      long t2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      System.out.printf("run %d: parse only %.3f s, CPU %.3f s (%.0f MB/s of CPU, %d records); parse + tally %.3f s,"
          + " CPU %.3f s (%.0f records/s of CPU)%n", i + 1, (t1 - t0) / 1e9, (c1 - c0) / 1e9, mb / ((c1 - c0) / 1e9),
          n[0], (t2 - t1) / 1e9, (c2 - c1) / 1e9, tally.clicks() / ((c2 - c1) / 1e9));
    }
  }
}
