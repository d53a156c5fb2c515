package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The primitive set behind distinct chat counts behaves like a set of longs. */
class LongHashSetTest {

  @Test
  void addsEachValueOnce() {
    LongHashSet set = new LongHashSet();
    assertTrue(set.add(42));
    assertFalse(set.add(42));
    assertTrue(set.add(-42));
    assertTrue(set.contains(42));
    assertTrue(set.contains(-42));
    assertFalse(set.contains(43));
    assertEquals(2, set.size());
  }

  @Test
  void zeroIsAValueLikeAnyOther() {
    LongHashSet set = new LongHashSet();
    assertFalse(set.contains(0));
    assertTrue(set.add(0));
    assertFalse(set.add(0));
    assertTrue(set.contains(0));
    assertEquals(1, set.size());
  }

  @Test
  void growsAndAgreesWithAHashSet() {
    LongHashSet set = new LongHashSet(2);
    Set<Long> expected = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      long v = random.nextInt(150_000) * 0x10000L; // many equal low bits, many repeats
      assertEquals(expected.add(v), set.add(v));
    }
    assertEquals(expected.size(), set.size());
    for (long v : expected) {
      assertTrue(set.contains(v));
    }
    assertFalse(set.contains(1));
  }

  @Test
  void addAllIsAUnion() {
    LongHashSet a = new LongHashSet();
    LongHashSet b = new LongHashSet();
    a.add(1);
    a.add(2);
    b.add(2);
    b.add(3);
    b.add(0);
    a.addAll(b);
    assertEquals(4, a.size());
    assertTrue(a.contains(0) && a.contains(1) && a.contains(2) && a.contains(3));
  }
}
