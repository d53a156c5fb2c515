package app.clicks.store;

import java.util.Arrays;

/** A growable list of longs without boxing (the chat hashes of one day while a fetch streams in). */
final class LongList {
  private long[] values = new long[256];
  private int size;

  void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  void addAll(LongList other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  /** The values sorted, each once. */
  long[] sortedDistinct() {
    long[] a = Arrays.copyOf(values, size);
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (n == 0 || a[i] != a[n - 1]) {
        a[n++] = a[i];
      }
    }
    return Arrays.copyOf(a, n);
  }
}
