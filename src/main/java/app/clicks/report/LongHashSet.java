package app.clicks.report;

/**
 * A set of longs in one primitive array (open addressing, linear probing): no boxing, 8 to 16 bytes a value.
 * Not thread-safe.
 */
public final class LongHashSet {
  private static final int MIN_CAPACITY = 16;

  private long[] slots;
  private int size;
  private boolean hasZero;
  private int mask;

  public LongHashSet() {
    this(MIN_CAPACITY);
  }

  /** A set that holds {@code expected} values before it grows. */
  public LongHashSet(int expected) {
    int capacity = MIN_CAPACITY;
    while (capacity < expected * 2L && capacity < (1 << 30)) {
      capacity <<= 1;
    }
    slots = new long[capacity];
    mask = capacity - 1;
  }

  /** Adds a value; true when it was not there yet. */
  public boolean add(long value) {
    if (value == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    int i = index(value);
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        slots[i] = value;
        if (++size * 2L > slots.length) {
          grow();
        }
        return true;
      }
      if (slot == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  public boolean contains(long value) {
    if (value == 0) {
      return hasZero;
    }
    int i = index(value);
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        return false;
      }
      if (slot == value) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds every value of {@code other}. */
  public void addAll(LongHashSet other) {
    if (other.hasZero) {
      add(0);
    }
    for (long v : other.slots) {
      if (v != 0) {
        add(v);
      }
    }
  }

  public int size() {
    return size;
  }

  private int index(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = slots.length - 1;
    for (long v : old) {
      if (v != 0) {
        int i = index(v);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = v;
      }
    }
  }
}
