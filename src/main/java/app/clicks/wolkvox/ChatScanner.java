package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads a chat_14 answer object straight from its bytes, the hot path of every fetch and of
 * {@code report --from-file}: field names are matched as bytes without making Strings of them, and the values of
 * the fields that repeat (ads, agents, routing points, outcomes, media) are shared, one String per distinct value.
 * It reads strict JSON (RFC 8259: every escape, numbers, literals, unknown or nested values skipped) into exactly
 * the records {@link JsonpChatReader} would make of it; memory is bounded by the longest value, not the body.
 */
final class ChatScanner {
  /**
   * The deepest nesting read: Parsson's default, which its document reader enforces (its event reader's
   * skipObject/skipArray do not look at depth). Deeper bodies are refused, without recursion.
   */
  static final int MAX_DEPTH = 1000;

  private static final String[] FIELDS = {"source_url", "source_type", "source_id", "chat_id", "rp_id",
      "agent_id", "media_type", "media_url", "date", "cod_act"};
  private static final int DATE = 8;
  private static final int CHAT_ID = 3;
  private static final String[] ENVELOPE = {"code", "error", "msg", "data"};
  private static final byte[][] FIELD_BYTES = ascii(FIELDS);
  private static final byte[][] ENVELOPE_BYTES = ascii(ENVELOPE);
  /** A key longer than this is not one we look for; it is read the ordinary way. */
  private static final int LONGEST_KEY = 16;

  private final InputStream in;
  private final WolkvoxDates dates;
  private final Consumer<ClickRecord> sink;
  private final long stopAt;
  private final SharedValues[] shared = new SharedValues[FIELDS.length];
  private final String[] values = new String[FIELDS.length];
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  /** Offset in the body of buf[0], for error messages. */
  private long bufStart;
  private char[] chars = new char[256];
  private String code;
  private String error;
  private String msg;
  private long records;

  ChatScanner(InputStream in, WolkvoxDates dates, Consumer<ClickRecord> sink, long stopAt) {
    this.in = in;
    this.dates = dates;
    this.sink = sink;
    this.stopAt = stopAt;
    for (int f = 0; f < FIELDS.length; f++) {
      shared[f] = f == CHAT_ID || f == DATE ? null : new SharedValues();
    }
  }

  /** Reads the whole answer (an object: the caller has checked its first byte). */
  ChatEnvelope read() throws IOException, ChatParseException {
    expect(nextNonSpace(), '{');
    if (readEnvelope()) {
      int after = nextNonSpaceOrEnd();
      if (after != -1) {
        throw invalid("content after the end of the answer");
      }
    }
    return new ChatEnvelope(code, error, msg, records);
  }

  /** After the top '{': reads the envelope's members; false when it stopped early. */
  private boolean readEnvelope() throws IOException, ChatParseException {
    int c = nextNonSpace();
    if (c == '}') {
      return true;
    }
    while (true) {
      expect(c, '"');
      int key = key(ENVELOPE_BYTES, ENVELOPE);
      expect(nextNonSpace(), ':');
      int v = nextNonSpace();
      switch (key) {
        case 0 -> code = scalar(v, null);
        case 1 -> error = scalar(v, null);
        case 2 -> msg = scalar(v, null);
        case 3 -> {
          if (v == '[') {
            if (!readArray()) {
              return false;
            }
          } else if (v == '{') {
            if (!emit(readRecord())) {
              return false;
            }
          } else {
            skipValue(v);
          }
        }
        default -> skipValue(v);
      }
      c = nextNonSpace();
      if (c == '}') {
        return true;
      }
      expect(c, ',');
      c = nextNonSpace();
    }
  }

  /** After a '[' of data: reads its records (other elements are skipped); false when it stopped early. */
  private boolean readArray() throws IOException, ChatParseException {
    int c = nextNonSpace();
    if (c == ']') {
      return true;
    }
    while (true) {
      if (c == '{') {
        if (!emit(readRecord())) {
          return false;
        }
      } else {
        skipValue(c);
      }
      c = nextNonSpace();
      if (c == ']') {
        return true;
      }
      expect(c, ',');
      c = nextNonSpace();
    }
  }

  private boolean emit(ClickRecord r) {
    sink.accept(r);
    records++;
    return records < stopAt;
  }

  /** After a record's '{': its fields (a later duplicate wins, as with JSON-P). */
  private ClickRecord readRecord() throws IOException, ChatParseException {
    Arrays.fill(values, null);
    int c = nextNonSpace();
    if (c != '}') {
      while (true) {
        expect(c, '"');
        int f = key(FIELD_BYTES, FIELDS);
        expect(nextNonSpace(), ':');
        int v = nextNonSpace();
        if (f < 0) {
          skipValue(v);
        } else {
          values[f] = scalar(v, shared[f]);
        }
        c = nextNonSpace();
        if (c == '}') {
          break;
        }
        expect(c, ',');
        c = nextNonSpace();
      }
    }
    String date = values[DATE];
    return new ClickRecord(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
        dates.parse(date), date, values[9]);
  }

  /**
   * After a key's opening quote: the index of the name it matches in {@code names}, or -1; consumes the key.
   * Plain keys are compared as bytes; one with escapes is decoded first.
   */
  private int key(byte[][] names, String[] texts) throws IOException, ChatParseException {
    ensure(LONGEST_KEY + 1);
    int end = -1;
    for (int i = pos, max = Math.min(lim, pos + LONGEST_KEY + 1); i < max; i++) {
      byte b = buf[i];
      if (b == '"') {
        end = i;
        break;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        break;
      }
    }
    if (end < 0) {
      String k = string(null, true);
      for (int n = 0; n < texts.length; n++) {
        if (texts[n].equals(k)) {
          return n;
        }
      }
      return -1;
    }
    int start = pos;
    pos = end + 1;
    int len = end - start;
    for (int n = 0; n < names.length; n++) {
      byte[] name = names[n];
      if (name.length == len && Arrays.equals(buf, start, end, name, 0, len)) {
        return n;
      }
    }
    return -1;
  }

  /** The text of a value whose first byte {@code v} was read: null for JSON null and for a structure. */
  private String scalar(int v, SharedValues table) throws IOException, ChatParseException {
    return value(v, table, true);
  }

  private void skipValue(int v) throws IOException, ChatParseException {
    value(v, null, false);
  }

  /** Reads a value whose first byte {@code v} was read; its text when {@code keep} and it is a scalar, else null. */
  private String value(int v, SharedValues table, boolean keep) throws IOException, ChatParseException {
    switch (v) {
      case '"':
        return string(table, keep);
      case '{':
      case '[':
        skipStructure(v);
        return null;
      case 't':
        literal("rue");
        return keep ? "true" : null;
      case 'f':
        literal("alse");
        return keep ? "false" : null;
      case 'n':
        literal("ull");
        return null;
      default:
        return number(v, keep);
    }
  }

  /** Skips an object or array whose opening byte was read, checking its grammar, without recursion. */
  private void skipStructure(int open) throws IOException, ChatParseException {
    byte[] stack = new byte[16];
    int depth = 0;
    stack[depth++] = (byte) open;
    boolean first = true;
    while (depth > 0) {
      boolean object = stack[depth - 1] == '{';
      int close = object ? '}' : ']';
      int c = nextNonSpace();
      if (c == close) {
        depth--;
        first = false;
        continue;
      }
      if (!first) {
        expect(c, ',');
        c = nextNonSpace();
      }
      first = false;
      if (object) {
        expect(c, '"');
        string(null, false);
        expect(nextNonSpace(), ':');
        c = nextNonSpace();
      }
      if (c == '{' || c == '[') {
        if (depth >= MAX_DEPTH) {
          throw invalid("values nested more than " + MAX_DEPTH + " deep");
        }
        if (depth == stack.length) {
          stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = (byte) c;
        first = true;
      } else {
        skipValue(c);
      }
    }
  }

  /** Reads the rest of a literal whose first byte was read. */
  private void literal(String rest) throws IOException, ChatParseException {
    for (int i = 0; i < rest.length(); i++) {
      int c = next();
      if (c != rest.charAt(i)) {
        throw c == -1 ? truncated() : invalid("unexpected character " + shown(c));
      }
    }
  }

  /** A number whose first byte {@code first} was read: its text as written (JSON grammar checked). */
  private String number(int first, boolean keep) throws IOException, ChatParseException {
    int n = 0;
    int c = first;
    if (c == '-') {
      chars[n++] = '-';
      c = next();
    }
    if (c == '0') {
      chars[n++] = '0';
    } else if (c >= '1' && c <= '9') {
      chars[n++] = (char) c;
      n = digits(n);
    } else {
      throw c == -1 ? truncated() : invalid("unexpected character " + shown(c));
    }
    if (peek() == '.') {
      n = put(n, next());
      n = put(n, digit(next()));
      n = digits(n);
    }
    int e = peek();
    if (e == 'e' || e == 'E') {
      n = put(n, next());
      c = next();
      if (c == '+' || c == '-') {
        n = put(n, c);
        c = next();
      }
      n = put(n, digit(c));
      n = digits(n);
    }
    return keep ? new String(chars, 0, n) : null;
  }

  private int digits(int n) throws IOException {
    while (true) {
      int c = peek();
      if (c < '0' || c > '9') {
        return n;
      }
      n = put(n, next());
    }
  }

  private int digit(int c) throws ChatParseException {
    if (c >= '0' && c <= '9') {
      return c;
    }
    throw c == -1 ? truncated() : invalid("unexpected character " + shown(c) + " in a number");
  }

  private int put(int n, int c) {
    if (n == chars.length) {
      chars = Arrays.copyOf(chars, n * 2);
    }
    chars[n] = (char) c;
    return n + 1;
  }

  /**
   * After a string's opening quote: reads to its closing quote. Returns its text when {@code keep} (shared
   * through {@code table} when there is one), else null. The whole string is in the buffer before it is decoded.
   */
  private String string(SharedValues table, boolean keep) throws IOException, ChatParseException {
    int i = pos;
    int hash = 0;
    boolean escaped = false;
    while (true) {
      while (i < lim) {
        byte b = buf[i];
        if (b == '"') {
          int start = pos;
          pos = i + 1;
          if (!keep) {
            if (escaped) {
              decode(start, i);
            }
            return null;
          }
          if (table != null) {
            String known = table.find(buf, start, i - start, hash);
            if (known != null) {
              return known;
            }
            String s = escaped ? decode(start, i) : new String(buf, start, i - start, StandardCharsets.UTF_8);
            table.add(buf, start, i - start, hash, s);
            return s;
          }
          return escaped ? decode(start, i) : new String(buf, start, i - start, StandardCharsets.UTF_8);
        }
        if (b == '\\') {
          if (i + 1 >= lim) {
            break;
          }
          escaped = true;
          hash = 31 * (31 * hash + b) + buf[i + 1];
          i += 2;
          continue;
        }
        if (b >= 0 && b < 0x20) {
          pos = i;
          throw invalid("a control character inside a string");
        }
        hash = 31 * hash + b;
        i++;
      }
      int scanned = i - pos;
      if (!fill()) {
        throw truncated();
      }
      i = pos + scanned;
    }
  }

  /** The text of buf[start, end), a string's content with escapes (each backslash is followed by a byte). */
  private String decode(int start, int end) throws ChatParseException {
    if (chars.length < end - start) {
      chars = new char[Math.max(end - start, chars.length * 2)];
    }
    int n = 0;
    int i = start;
    while (i < end) {
      byte b = buf[i];
      if (b == '\\') {
        byte e = buf[i + 1];
        i += 2;
        char c;
        switch (e) {
          case '"' -> c = '"';
          case '\\' -> c = '\\';
          case '/' -> c = '/';
          case 'b' -> c = '\b';
          case 'f' -> c = '\f';
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          case 'u' -> {
            if (i + 4 > end) {
              throw invalid("a \\u escape without four hex digits");
            }
            c = (char) (hex(buf[i]) << 12 | hex(buf[i + 1]) << 8 | hex(buf[i + 2]) << 4 | hex(buf[i + 3]));
            i += 4;
          }
          default -> throw invalid("an unknown escape \\" + (char) (e & 0xFF));
        }
        chars[n++] = c;
      } else if (b >= 0) {
        chars[n++] = (char) b;
        i++;
      } else {
        int from = i;
        while (i < end && buf[i] < 0) {
          i++;
        }
        String part = new String(buf, from, i - from, StandardCharsets.UTF_8);
        part.getChars(0, part.length(), chars, n);
        n += part.length();
      }
    }
    return new String(chars, 0, n);
  }

  private int hex(byte b) throws ChatParseException {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    throw invalid("a \\u escape without four hex digits");
  }

  private void expect(int c, char want) throws ChatParseException {
    if (c != want) {
      throw c == -1 ? truncated() : invalid("expected '" + want + "' but found " + shown(c));
    }
  }

  private static String shown(int c) {
    return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("byte 0x%02X", c);
  }

  /** The next byte that is not JSON white space; the end of the body is an error. */
  private int nextNonSpace() throws IOException, ChatParseException {
    int c = nextNonSpaceOrEnd();
    if (c == -1) {
      throw truncated();
    }
    return c;
  }

  private int nextNonSpaceOrEnd() throws IOException {
    while (true) {
      while (pos < lim) {
        int c = buf[pos++] & 0xFF;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return c;
        }
      }
      if (!fill()) {
        return -1;
      }
    }
  }

  private int next() throws IOException {
    if (pos >= lim && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (pos >= lim && !fill()) {
      return -1;
    }
    return buf[pos] & 0xFF;
  }

  /** Makes at least {@code n} unread bytes available, unless the body ends first. */
  private void ensure(int n) throws IOException {
    while (lim - pos < n && fill()) {
      // more read
    }
  }

  /** Keeps the unread bytes (from pos), growing the buffer when they fill it, and reads more; false at the end. */
  private boolean fill() throws IOException {
    int keep = lim - pos;
    if (keep == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, keep);
    }
    bufStart += pos;
    pos = 0;
    lim = keep;
    int read = in.read(buf, lim, buf.length - lim);
    if (read <= 0) {
      return false;
    }
    lim += read;
    return true;
  }

  private ChatParseException invalid(String what) {
    return new ChatParseException("the body is not valid JSON: " + what + " (at byte " + (bufStart + pos) + ")");
  }

  private static ChatParseException truncated() {
    return new ChatParseException("the body ends before the JSON does");
  }

  private static byte[][] ascii(String[] names) {
    byte[][] out = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      out[i] = names[i].getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }

  /**
   * One String per distinct value of a field, found by the value's bytes as written (so a hit needs no
   * decoding). Bounded: short values only, and no new entries once full, so a field that never repeats costs at
   * most a table.
   */
  static final class SharedValues {
    static final int MAX_ENTRIES = 4096;
    static final int MAX_LENGTH = 160;
    private String[] texts = new String[256];
    private byte[][] keys = new byte[256][];
    private int[] hashes = new int[256];
    private int size;

    /** The shared String for bytes b[off, off+len) whose hash is {@code hash}, or null. */
    String find(byte[] b, int off, int len, int hash) {
      if (len > MAX_LENGTH) {
        return null;
      }
      int mask = texts.length - 1;
      for (int i = mix(hash) & mask; texts[i] != null; i = (i + 1) & mask) {
        byte[] k = keys[i];
        if (hashes[i] == hash && k.length == len && Arrays.equals(k, 0, len, b, off, off + len)) {
          return texts[i];
        }
      }
      return null;
    }

    /** Remembers {@code text} for bytes b[off, off+len) (not present), while there is room. */
    void add(byte[] b, int off, int len, int hash, String text) {
      if (len > MAX_LENGTH || size >= MAX_ENTRIES) {
        return;
      }
      if ((size + 1) * 2 > texts.length) {
        grow();
      }
      place(Arrays.copyOfRange(b, off, off + len), hash, text);
      size++;
    }

    private void place(byte[] key, int hash, String text) {
      int mask = texts.length - 1;
      int i = mix(hash) & mask;
      while (texts[i] != null) {
        i = (i + 1) & mask;
      }
      texts[i] = text;
      keys[i] = key;
      hashes[i] = hash;
    }

    private void grow() {
      String[] oldTexts = texts;
      byte[][] oldKeys = keys;
      int[] oldHashes = hashes;
      texts = new String[oldTexts.length * 2];
      keys = new byte[oldTexts.length * 2][];
      hashes = new int[oldTexts.length * 2];
      for (int j = 0; j < oldTexts.length; j++) {
        if (oldTexts[j] != null) {
          place(oldKeys[j], oldHashes[j], oldTexts[j]);
        }
      }
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
