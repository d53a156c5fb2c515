package app.clicks.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.AdCount;
import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.SummaryContext;
import app.clicks.report.Totals;
import app.clicks.settings.SettingsException;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.DirectoryStore;
import app.clicks.store.Purpose;
import app.clicks.store.StoreSettings;
import app.clicks.store.StoredTotals;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.DemoDirectorySource;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.DirectorySource;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The context of a workspace's answer: the server's directory through the store (an id it does not know makes it
 * read that list once more), the workspace's ad names over the defaults and its codes over wolkvox's hits, and
 * nothing that fails ever fails the answer.
 */
class WorkspaceContextsTest {
  private static final WorkspaceKey TEAM = new WorkspaceKey("", "T0NAMES");
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  private final HikariDataSource db = TestDatabases.h2();
  private final WolkvoxConnection connection = new WolkvoxConnection(TestDatabases.newServer(), "tok", BOGOTA);
  private final List<DirectoryList> reads = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    db.close();
  }

  /** The demo directory, recording each read. */
  private final DirectorySource demo = (c, list, calls) -> {
    reads.add(list);
    calls.count();
    return new DemoDirectorySource().read(c, list, calls);
  };

  private static final class Choices implements WorkspaceChoices {
    Map<String, String> names = Map.of();
    Optional<Set<String>> codes = Optional.empty();
    boolean failing;

    @Override
    public Map<String, String> adNames(WorkspaceKey workspace) {
      if (failing) {
        throw new SettingsException("could not read the ad names", null);
      }
      return TEAM.equals(workspace) ? names : Map.of();
    }

    @Override
    public Optional<Set<String>> conversionCodes(WorkspaceKey workspace) {
      if (failing) {
        throw new SettingsException("could not read the codes", null);
      }
      return TEAM.equals(workspace) ? codes : Optional.empty();
    }
  }

  private final Choices choices = new Choices();

  private WorkspaceContexts contexts(DirectorySource source, Map<String, String> defaults) {
    return new WorkspaceContexts(new DirectoryStore(db, source, StoreSettings.DEFAULTS, CLOCK), choices, defaults);
  }

  /** Totals that met {@code agent}, routing point RP_VENTAS and the code VENTA. */
  private static StoredTotals met(String agent) {
    Totals t = new Totals(1, 1, 0, List.of(new AdCount("120210000000001", "u", "ad", "image", 1)),
        Map.of(agent, 1L), Map.of("RP_VENTAS", 1L), Map.of("VENTA", 1L), Collections.nCopies(24, 0L));
    return new StoredTotals(t, Totals.EMPTY, null, false, 0);
  }

  private SummaryContext of(WorkspaceContexts contexts, WorkspaceKey key, String agent) {
    return contexts.of(new ContextRequest(key, connection, Purpose.INTERACTIVE, met(agent)));
  }

  @Test
  void namesComeFromTheServersDirectoryAndAdNamesAndCodesFromTheWorkspace() {
    choices.names = Map.of("120210000000002", "Fibra 600");
    choices.codes = Optional.of(Set.of("interesado"));

    SummaryContext c = of(contexts(demo, Map.of()), TEAM, "1001");

    assertEquals("Ana Gómez", c.directory().agents().name("1001"));
    assertEquals("Ventas WhatsApp", c.directory().routingPoints().name("RP_VENTAS"));
    assertEquals("Venta realizada", c.directory().outcomes().name("venta"));
    assertEquals("Fibra 600", c.adNames().name("120210000000002"));
    assertEquals(Set.of("INTERESADO"), c.conversionCodes().resolve(c.directory()));
    assertEquals(3, reads.size(), "each list read once");
  }

  @Test
  void withoutAChoiceWolkvoxsHitsCountAndAnEmptyChoiceMeansNoConversions() {
    WorkspaceContexts contexts = contexts(demo, Map.of());
    SummaryContext hits = of(contexts, TEAM, "1001");
    assertEquals(ConversionCodes.WOLKVOX_HITS, hits.conversionCodes());
    assertEquals(Set.of("VENTA"), hits.conversionCodes().resolve(hits.directory()));

    choices.codes = Optional.of(Set.of());
    SummaryContext none = of(contexts, TEAM, "1001");
    assertTrue(none.conversionCodes().resolve(none.directory()).isEmpty(), "the workspace chose no code");
  }

  @Test
  void anAgentTheDirectoryDoesNotKnowMakesItReadTheAgentsListOnceMore() {
    WorkspaceContexts contexts = contexts(demo, Map.of());
    of(contexts, TEAM, "1001");
    of(contexts, TEAM, "9999");
    of(contexts, TEAM, "9999");

    assertEquals(4, reads.size(), "3 daily reads and one extra read of the agents list: " + reads);
    assertEquals(DirectoryList.AGENTS, reads.get(3));
  }

  @Test
  void theDemoAdNamesAreUnderTheWorkspacesOwn() {
    choices.names = Map.of("120210000000001", "Our Black Friday");
    WorkspaceContexts contexts = contexts(demo, DemoDirectorySource.AD_NAMES);

    SummaryContext own = of(contexts, TEAM, "1001");
    SummaryContext other = of(contexts, new WorkspaceKey("", "T0OTHER"), "1001");
    SummaryContext noWorkspace = of(contexts, null, "1001");

    assertEquals("Our Black Friday", own.adNames().name("120210000000001"));
    assertEquals("Fibra 600 megas", own.adNames().name("120210000000002"));
    assertEquals(DemoDirectorySource.AD_NAMES.get("120210000000001"), other.adNames().name("120210000000001"));
    assertEquals(DemoDirectorySource.AD_NAMES.get("120210000000001"),
        noWorkspace.adNames().name("120210000000001"));
  }

  @Test
  void aFailingDirectoryOrFailingChoicesGiveIdsAndWolkvoxsHitsNeverAFailure() {
    choices.failing = true;
    DirectorySource quota = (c, list, calls) -> {
      calls.count();
      throw new WolkvoxException(WolkvoxException.Kind.QUOTA_EXCEEDED, c.serverId(), null, "quota spent");
    };

    SummaryContext c = of(contexts(quota, Map.of()), TEAM, "1001");

    assertEquals(Directory.EMPTY.agents(), c.directory().agents());
    assertNull(c.adNames().name("120210000000001"));
    assertEquals(ConversionCodes.WOLKVOX_HITS, c.conversionCodes());
  }

  @Test
  void aDatabaseThatFailsGivesAnEmptyDirectory() {
    WorkspaceContexts contexts = contexts(demo, Map.of());
    db.close();

    SummaryContext c = of(contexts, TEAM, "1001");

    assertFalse(c.directory().agents().knows("1001"));
    assertTrue(reads.isEmpty());
  }

  @Test
  void theAgentsOfBothPeriodsAreWhatTheDirectoryIsAskedToKnow() {
    Totals before = new Totals(1, 1, 0, List.of(), Map.of("1002", 1L), Map.of(), Map.of("no_interesado", 1L),
        Collections.nCopies(24, 0L));
    StoredTotals t = new StoredTotals(met("1001").current(), before, null, false, 0);

    assertEquals(Set.of("1001", "1002"), t.seenIds().agents());
    assertEquals(Set.of("VENTA", "no_interesado"), t.seenIds().codes());
    assertEquals(Set.of("RP_VENTAS"), t.seenIds().routingPoints());
  }
}
