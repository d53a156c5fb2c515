package app.clicks.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The varint coding the day packs ({@link SlicePack}, {@link OutcomePack}) are written in: 7 bits a byte, low first. */
final class Varints {
  private Varints() {}

  static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  /** A string as its varint length and its UTF-8 bytes. */
  static void string(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(out, b.length);
    out.write(b, 0, b.length);
  }

  /** Reads varints and strings from a part. */
  static final class Reader {
    private final byte[] b;
    private int at;

    Reader(byte[] b) {
      this.b = b;
    }

    long varint() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        int x = b[at++];
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          return v;
        }
      }
    }

    String string() {
      int n = (int) varint();
      String s = new String(b, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }
  }
}
