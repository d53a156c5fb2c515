import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * An experiment, not product code: how fast a chat_14 answer can be read by a byte-level scanner instead of
 * JSON-P (Parsson), to size the hot spot the profile shows in ChatClickParser. It reads the JSON grammar
 * (objects, arrays, strings with every escape, numbers, literals; unknown fields skipped) straight from bytes,
 * matches the ten field names without making Strings of them, and hands out one shared String per distinct
 * value of the low-cardinality fields (ads, agents, routing points, outcomes, media), so that ClickTally's hash
 * lookups hit cached hash codes. Dates: "yyyy-MM-dd HH:mm:ss" at a fixed offset only (enough to measure).
 *
 *   java -cp target/wolkvox-clicks.jar:bench/out/classes ByteScanBench FILE [RUNS]
 */
public final class ByteScanBench {
  public static void main(String[] args) throws Exception {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ZoneId zone = ZoneId.of("America/Bogota");
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      ClickTally tally = new ClickTally(zone);
      try (InputStream in = Files.newInputStream(file)) {
        new Scanner(in, ZoneOffset.ofHours(-5), tally).run();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf("run %d: byte scan + tally %.3f s, thread CPU %.3f s (%.0f MB/s of CPU), %d records, %d chats%n",
          i + 1, s, cpu, Files.size(file) / 1e6 / cpu, tally.clicks(), tally.toTotals().chats());
    }
  }

  static final class Scanner {
    private static final String[] FIELDS = {"source_url", "source_type", "source_id", "chat_id", "rp_id",
        "agent_id", "media_type", "media_url", "date", "cod_act"};
    private static final byte[][] FIELD_BYTES = new byte[FIELDS.length][];

    static {
      for (int i = 0; i < FIELDS.length; i++) {
        FIELD_BYTES[i] = FIELDS[i].getBytes(StandardCharsets.US_ASCII);
      }
    }

    private final InputStream in;
    private final ZoneOffset offset;
    private final Consumer<ClickRecord> sink;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private final Interner[] interners = new Interner[FIELDS.length];
    private final String[] values = new String[FIELDS.length];
    private char[] chars = new char[256];

    Scanner(InputStream in, ZoneOffset offset, Consumer<ClickRecord> sink) {
      this.in = in;
      this.offset = offset;
      this.sink = sink;
      for (int i = 0; i < FIELDS.length; i++) {
        // chat_id and date are (nearly) unique per record: not worth a table.
        interners[i] = (i == 3 || i == 8) ? null : new Interner();
      }
    }

    void run() throws IOException {
      int c = skipWs();
      expect(c, '{');
      if (peekWs() == '}') {
        pos++;
        return;
      }
      while (true) {
        expect(skipWs(), '"');
        boolean data = keyIs("data");
        expect(skipWs(), ':');
        if (data) {
          int v = peekWs();
          if (v == '[') {
            pos++;
            if (peekWs() == ']') {
              pos++;
            } else {
              while (true) {
                int e = skipWs();
                if (e == '{') {
                  record();
                } else {
                  pos--;
                  skipValue();
                }
                int sep = skipWs();
                if (sep == ']') {
                  break;
                }
                expect(sep, ',');
              }
            }
          } else if (v == '{') {
            pos++;
            record();
          } else {
            skipValue();
          }
        } else {
          skipValue();
        }
        int sep = skipWs();
        if (sep == '}') {
          return;
        }
        expect(sep, ',');
      }
    }

    private void record() throws IOException {
      java.util.Arrays.fill(values, null);
      if (peekWs() == '}') {
        pos++;
      } else {
        while (true) {
          expect(skipWs(), '"');
          int field = fieldKey();
          expect(skipWs(), ':');
          if (field < 0) {
            skipValue();
          } else {
            int v = peekWs();
            if (v == '"') {
              pos++;
              values[field] = string(interners[field]);
            } else if (v == '{' || v == '[') {
              skipValue();
            } else {
              values[field] = literal();
            }
          }
          int sep = skipWs();
          if (sep == '}') {
            break;
          }
          expect(sep, ',');
        }
      }
      String date = values[8];
      sink.accept(new ClickRecord(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
          values[7], date(date), date, values[9]));
    }

    private Instant date(String s) {
      if (s == null || s.length() != 19) {
        return null;
      }
      int y = num(s, 0, 4);
      int mo = num(s, 5, 2);
      int d = num(s, 8, 2);
      int h = num(s, 11, 2);
      int mi = num(s, 14, 2);
      int se = num(s, 17, 2);
      if ((y | mo | d | h | mi | se) < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) {
        return null;
      }
      long day = LocalDate.of(y, mo, d).toEpochDay();
      return Instant.ofEpochSecond(day * 86_400L + h * 3600L + mi * 60L + se - offset.getTotalSeconds());
    }

    private static int num(String s, int from, int n) {
      int v = 0;
      for (int i = from; i < from + n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    /** After the opening quote of a key: which field it names (-1 for another key); consumes the key. */
    private int fieldKey() throws IOException {
      ensure(32);
      int start = pos;
      int end = -1;
      for (int i = pos; i < lim && i < pos + 16; i++) {
        byte b = buf[i];
        if (b == '"') {
          end = i;
          break;
        }
        if (b == '\\') {
          break;
        }
      }
      if (end < 0) {
        string(null);
        return -1;
      }
      pos = end + 1;
      int len = end - start;
      for (int f = 0; f < FIELD_BYTES.length; f++) {
        byte[] k = FIELD_BYTES[f];
        if (k.length == len && java.util.Arrays.equals(buf, start, end, k, 0, len)) {
          return f;
        }
      }
      return -1;
    }

    private boolean keyIs(String name) throws IOException {
      return name.equals(string(null));
    }

    /** After an opening quote: the string up to the closing quote, unescaped; shared when an interner is given. */
    private String string(Interner interner) throws IOException {
      while (true) {
        int hash = 0;
        for (int i = pos; i < lim; i++) {
          byte b = buf[i];
          if (b == '"') {
            int start = pos;
            pos = i + 1;
            return interner == null
                ? new String(buf, start, i - start, StandardCharsets.ISO_8859_1)
                : interner.get(buf, start, i - start, hash);
          }
          if (b == '\\' || b < 0) {
            return slowString(i);
          }
          hash = 31 * hash + b;
        }
        if (!refill(lim - pos + 1)) {
          throw new IOException("the body ends inside a string");
        }
      }
    }

    /** A string with escapes or non-ASCII bytes, from pos (the part before {@code at} is plain ASCII). */
    private String slowString(int at) throws IOException {
      java.io.ByteArrayOutputStream utf8 = new java.io.ByteArrayOutputStream();
      utf8.write(buf, pos, at - pos);
      pos = at;
      while (true) {
        if (pos >= lim && !refill(1)) {
          throw new IOException("the body ends inside a string");
        }
        byte b = buf[pos++];
        if (b == '"') {
          return utf8.toString(StandardCharsets.UTF_8);
        }
        if (b != '\\') {
          utf8.write(b);
          continue;
        }
        ensure(5);
        byte e = buf[pos++];
        switch (e) {
          case 'n' -> utf8.write('\n');
          case 't' -> utf8.write('\t');
          case 'r' -> utf8.write('\r');
          case 'b' -> utf8.write('\b');
          case 'f' -> utf8.write('\f');
          case 'u' -> {
            char ch = (char) Integer.parseInt(new String(buf, pos, 4, StandardCharsets.US_ASCII), 16);
            pos += 4;
            utf8.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
          }
          default -> utf8.write(e);
        }
      }
    }

    private String literal() throws IOException {
      ensure(64);
      int start = pos;
      while (pos < lim && buf[pos] != ',' && buf[pos] != '}' && buf[pos] != ']' && buf[pos] > ' ') {
        pos++;
      }
      String s = new String(buf, start, pos - start, StandardCharsets.US_ASCII);
      return s.equals("null") ? null : s;
    }

    private void skipValue() throws IOException {
      int c = skipWs();
      if (c == '"') {
        string(null);
      } else if (c == '{' || c == '[') {
        int depth = 1;
        while (depth > 0) {
          int d = next();
          if (d == '"') {
            string(null);
          } else if (d == '{' || d == '[') {
            depth++;
          } else if (d == '}' || d == ']') {
            depth--;
          }
        }
      } else {
        pos--;
        literal();
      }
    }

    private int next() throws IOException {
      if (pos >= lim && !refill(1)) {
        throw new IOException("the body ends early");
      }
      return buf[pos++];
    }

    private int skipWs() throws IOException {
      int c;
      do {
        c = next();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
      return c;
    }

    private int peekWs() throws IOException {
      int c = skipWs();
      pos--;
      return c;
    }

    private static void expect(int c, char want) throws IOException {
      if (c != want) {
        throw new IOException("expected '" + want + "', found '" + (char) c + "'");
      }
    }

    private void ensure(int n) throws IOException {
      if (lim - pos < n) {
        refill(n);
      }
    }

    /** Keeps the unread bytes, reads more; false at the end of the body with nothing new. */
    private boolean refill(int want) throws IOException {
      int keep = lim - pos;
      if (keep + want > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, keep + want));
      }
      System.arraycopy(buf, pos, buf, 0, keep);
      pos = 0;
      lim = keep;
      boolean any = false;
      while (lim < buf.length) {
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
          break;
        }
        lim += n;
        any = true;
        if (lim - pos >= want) {
          break;
        }
      }
      return any;
    }
  }

  /** One shared String per distinct ASCII byte sequence (open addressing; stops sharing past 64k values). */
  static final class Interner {
    private String[] table = new String[1024];
    private byte[][] keys = new byte[1024][];
    private int size;

    String get(byte[] b, int off, int len, int hash) {
      int mask = table.length - 1;
      int i = (hash ^ (hash >>> 16)) & mask;
      while (table[i] != null) {
        byte[] k = keys[i];
        if (k.length == len && java.util.Arrays.equals(k, 0, len, b, off, off + len)) {
          return table[i];
        }
        i = (i + 1) & mask;
      }
      String s = new String(b, off, len, StandardCharsets.ISO_8859_1);
      if (size >= 65_536) {
        return s;
      }
      table[i] = s;
      keys[i] = java.util.Arrays.copyOfRange(b, off, off + len);
      if (++size * 2 > table.length) {
        grow();
      }
      return s;
    }

    private void grow() {
      String[] oldT = table;
      byte[][] oldK = keys;
      table = new String[oldT.length * 2];
      keys = new byte[oldT.length * 2][];
      int mask = table.length - 1;
      for (int j = 0; j < oldT.length; j++) {
        if (oldT[j] != null) {
          int h = 0;
          for (byte x : oldK[j]) {
            h = 31 * h + x;
          }
          int i = (h ^ (h >>> 16)) & mask;
          while (table[i] != null) {
            i = (i + 1) & mask;
          }
          table[i] = oldT[j];
          keys[i] = oldK[j];
        }
      }
    }
  }
}
