package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import app.clicks.report.Directory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo directory names every agent and routing point the demo clicks use, and flags the sale as a hit. */
class DemoDirectorySourceTest {
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private final WolkvoxConnection connection = new WolkvoxConnection("demo", "", BOGOTA);
  private final DemoDirectorySource directory = new DemoDirectorySource();

  private List<ClickRecord> twoWeeksOfDemoClicks() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    CollectingReceiver receiver = new CollectingReceiver();
    LocalDate first = LocalDate.of(2026, 11, 10);
    new DemoClickSource(clock).fetch(connection,
        new Window(first.atStartOfDay(), first.plusDays(13).atTime(23, 59, 59)), receiver);
    return receiver.records();
  }

  private Map<String, DirectoryEntry> list(DirectoryList l) {
    List<DirectoryEntry> entries = directory.read(connection, l, () -> { throw new AssertionError("no call"); });
    return entries.stream().collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
  }

  @Test
  void everyAgentAndRoutingPointOfTheDemoClicksHasAName() {
    Map<String, DirectoryEntry> agents = list(DirectoryList.AGENTS);
    Map<String, DirectoryEntry> rps = list(DirectoryList.ROUTING_POINTS);
    Set<String> seenAgents = new TreeSet<>();
    for (ClickRecord r : twoWeeksOfDemoClicks()) {
      if (!r.withoutAgent()) {
        seenAgents.add(r.agentId());
        assertNotNull(agents.get(r.agentId()).name(), r.agentId());
      }
      assertNotNull(rps.get(r.rpId()).name(), r.rpId());
    }
    assertEquals(12, seenAgents.size());
  }

  @Test
  void everyOutcomeOfTheDemoClicksIsKnownAndOnlyTheSaleIsAHit() {
    Map<String, DirectoryEntry> codes = list(DirectoryList.ACTIVITY_CODES);
    List<String> hits = new ArrayList<>();
    for (ClickRecord r : twoWeeksOfDemoClicks()) {
      if (Directory.isOutcome(r.codAct())) {
        assertTrue(codes.containsKey(r.codAct()), r.codAct());
        if (((ActivityCode) codes.get(r.codAct())).hit()) {
          hits.add(r.codAct());
        }
      }
    }
    assertTrue(!hits.isEmpty() && hits.stream().allMatch("VENTA"::equals), "the demo has sales, and only they hit");
  }
}
