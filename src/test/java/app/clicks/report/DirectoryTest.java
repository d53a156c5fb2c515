package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names and the directory: ids matched trimmed, codes without regard to case, blank names as no name. */
class DirectoryTest {

  @Test
  void agentAndRoutingPointIdsMatchTrimmedButWithCase() {
    Names agents = Names.of(Map.of(" 1001 ", " Ana Gómez ", "rp_a", "A"));
    assertEquals("Ana Gómez", agents.name("1001"));
    assertEquals("Ana Gómez", agents.name(" 1001"));
    assertTrue(agents.knows("rp_a"));
    assertFalse(agents.knows("RP_A"));
    assertNull(agents.name("1002"));
  }

  @Test
  void codesMatchWithoutRegardToCase() {
    Names codes = Names.ofCodes(Map.of("Venta", "Venta realizada"));
    assertEquals("Venta realizada", codes.name(" VENTA "));
    assertTrue(codes.knows("venta"));
  }

  @Test
  void anEmptyOrBlankNameIsNoNameButTheIdIsKnown() {
    Map<String, String> m = new HashMap<>();
    m.put("1", "");
    m.put("2", " ");
    m.put("3", null);
    m.put(" ", "nobody");
    Names names = Names.of(m);
    for (String id : new String[] {"1", "2", "3"}) {
      assertTrue(names.knows(id), id);
      assertNull(names.name(id), id);
    }
    assertFalse(names.knows(""), "a blank id is never a known id");
    assertEquals(3, names.size());
  }

  @Test
  void twoIdsThatMatchAlikeKeepTheOneWithAName() {
    Map<String, String> m = new HashMap<>();
    m.put("venta", " ");
    m.put("VENTA", "Venta");
    assertEquals("Venta", Names.ofCodes(m).name("Venta"));
  }

  @Test
  void hitsMatchTrimmedWithoutRegardToCase() {
    Directory d = new Directory(Names.NONE, Names.NONE, Names.ofCodes(Map.of()), Set.of(" venta ", " "));
    assertTrue(d.isHit("VENTA"));
    assertTrue(d.isHit("Venta "));
    assertFalse(d.isHit(""));
    assertEquals(Set.of("VENTA"), d.hitCodes());
  }

  @Test
  void blankCodesAndTimeoutsAreNotOutcomes() {
    for (String c : new String[] {"", " ", null, "TIMEOUTCHAT", "timeoutacw", " TimeoutChat "}) {
      assertFalse(Directory.isOutcome(c), String.valueOf(c));
    }
    assertTrue(Directory.isOutcome("VENTA"));
  }

  @Test
  void theEmptyDirectoryKnowsNothing() {
    assertFalse(Directory.EMPTY.agents().knows("1001"));
    assertFalse(Directory.EMPTY.isHit("VENTA"));
  }
}
