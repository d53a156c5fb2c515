package app.clicks.report;

/**
 * A 64-bit hash of a string (FNV-1a over its chars, then a murmur3 finaliser), so that distinct values can be
 * counted in a {@link LongHashSet}: among a million distinct values, the chance of even one collision is about
 * 1 in 37 million.
 */
public final class Hash64 {
  private Hash64() {}

  public static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
