package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.context.WorkspaceContexts;
import app.clicks.digest.DeliveryLog;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.DigestRunner;
import app.clicks.digest.DigestSettings;
import app.clicks.digest.SubscriptionStore;
import app.clicks.digest.Subscription;
import app.clicks.digest.DigestStores;
import app.clicks.digest.DigestTiming;
import app.clicks.digest.PostOutcome;
import app.clicks.digest.RetryPolicy;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.Texts;
import app.clicks.store.ClickStore;
import app.clicks.store.DirectoryStore;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.DirectoryClient;
import app.clicks.wolkvox.InJvmRequestGate;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.WolkvoxClient;
import app.clicks.wolkvox.WolkvoxSettings;
import app.clicks.wolkvox.WolkvoxStandIn;
import app.clicks.wolkvox.WolkvoxStandIn.Answer;
import app.clicks.wolkvox.WolkvoxStandIn.Row;
import com.google.gson.JsonParser;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tried as a new user would: the wolkvox stand-in serves a day of clicks and the directory (agents, routing points,
 * activity codes), the store and the directory store run on H2, and /clicks, the shared answer and the digest get
 * the workspace's names and conversion codes. What the renderers are given is checked (the Slack blocks of names
 * and conversions have their own golden tests).
 */
class NamesInAnswersTest {
  private static final ZoneId BOGOTA = BotHarness.BOGOTA;
  private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 23);
  private static final Set<String> HITS = Set.of("VENTA");

  /** wolkvox's directory of server 0042. */
  private static final WolkvoxStandIn.Directory DIRECTORY = new WolkvoxStandIn.Directory(
      Map.of("201", "Ana Gómez", "202", "Luis Pérez", "203", "Marta Díaz"),
      Map.of("RP_WA", "Ventas WhatsApp"),
      Map.of("VENTA", "Venta realizada", "CITA", "Cita agendada", "NO_INTERESADO", "No interesado"), HITS);

  private final MutableClock clock = new MutableClock(BotHarness.NOW);
  private WolkvoxStandIn wolkvox;
  private HikariDataSource db;
  private ClickStore store;
  private DirectoryStore directory;
  private JdbcWorkspaceChoices choices;
  private WorkspaceContexts contexts;
  private final FakeSettingsStore settings = new FakeSettingsStore();
  private final List<Row> rows = rows();

  @BeforeEach
  void start() {
    wolkvox = WolkvoxStandIn.start().respond(WolkvoxStandIn.withDirectory(DIRECTORY,
        WolkvoxStandIn.serving(rows, 60_000)));
    db = TestDatabases.h2();
    WolkvoxSettings client = new WolkvoxSettings(wolkvox.baseUrl(), 1, 60_000, Duration.ofSeconds(5),
        Duration.ofSeconds(20), 2, Duration.ofMillis(1));
    RequestGate gate = new InJvmRequestGate(1);
    store = new ClickStore(db, new WolkvoxClient(client, WolkvoxClient.httpClient(client), gate, d -> {}),
        StoreSettings.DEFAULTS, clock);
    directory = new DirectoryStore(db, new DirectoryClient(client, WolkvoxClient.httpClient(client), gate, d -> {}),
        StoreSettings.DEFAULTS, clock);
    choices = new JdbcWorkspaceChoices(db);
    contexts = new WorkspaceContexts(directory, choices, Map.of());
    settings.save(new WorkspaceSettings(BotHarness.WORKSPACE, "0042", BotHarness.WOLKVOX_TOKEN,
        WorkspaceSettings.TokenState.OK, BOGOTA, Locale.ENGLISH, "U0ADMIN", BotHarness.NOW));
  }

  @AfterEach
  void stop() {
    wolkvox.close();
    db.close();
  }

  /**
   * 23 November: AD1 sells (VENTA, also as " venta "), AD2 books appointments (CITA, not a hit), AD3 has chats
   * nobody coded; agents 201, 202 and none; the day before, one sale on AD2 by 203.
   */
  private static List<Row> rows() {
    List<Row> r = new ArrayList<>();
    LocalDateTime day = YESTERDAY.atTime(8, 0);
    String[] ads = {"AD1", "AD1", "AD1", "AD1", "AD2", "AD2", "AD2", "AD3", "AD3", "AD1"};
    String[] agents = {"201", "201", "202", "", "201", "202", "202", "", "201", "202"};
    String[] codes = {"VENTA", " venta ", "CITA", "", "CITA", "VENTA", "NO_INTERESADO", "TIMEOUTCHAT", "", "VENTA"};
    for (int i = 0; i < ads.length; i++) {
      r.add(new Row(ads[i], "c" + i, agents[i], day.plusMinutes(i * 41L), codes[i]));
    }
    r.add(new Row("AD2", "p1", "203", day.minusDays(1), "VENTA"));
    return r;
  }

  /** Conversions by hand: the day's records of {@code ad} (or agent) whose code wolkvox flags as a hit. */
  private Map<String, Long> byHand(boolean byAd) {
    Map<String, Long> out = new HashMap<>();
    for (Row row : rows) {
      if (row.date().toLocalDate().equals(YESTERDAY) && HITS.contains(row.codAct().strip().toUpperCase(Locale.ROOT))) {
        out.merge(byAd ? row.sourceId() : row.agentId(), 1L, Long::sum);
      }
    }
    return out;
  }

  private ClicksAnswers answers() {
    return new ClicksAnswers(settings, store, BOGOTA, contexts);
  }

  private Summary yesterday() throws Exception {
    ClicksAnswers answers = answers();
    Texts t = Texts.of("clicks", Locale.ENGLISH);
    ClicksAnswers.Plan plan = answers.plan(answers.find(BotHarness.WORKSPACE), "yesterday", 5, clock.instant(), t);
    return answers.read(plan.ready()).summary();
  }

  private long directoryRequests() {
    return wolkvox.requests().stream().filter(WolkvoxStandIn::isDirectory).count();
  }

  @Test
  void yesterdayShowsAgentsRoutingPointsAndOutcomesByNameWithTheRightCounts() throws Exception {
    Summary s = yesterday();

    assertEquals(10, s.clicks().current());
    Map<String, Summary.Ranked> agents = byId(s.topAgents());
    assertEquals("Luis Pérez", agents.get("202").name());
    assertEquals(4, agents.get("202").count());
    assertEquals("Ana Gómez", agents.get("201").name());
    assertEquals(4, agents.get("201").count());
    assertEquals("Ventas WhatsApp", s.topRoutingPoints().get(0).name());
    assertEquals(10, s.topRoutingPoints().get(0).count());
    Map<String, Summary.Ranked> outcomes = byId(s.outcomes());
    assertEquals("Venta realizada", outcomes.get("VENTA").name());
    assertEquals("Cita agendada", outcomes.get("CITA").name());
    assertEquals("No interesado", outcomes.get("NO_INTERESADO").name());
    assertEquals("wolkvox", s.data().source());
  }

  @Test
  void conversionsOfTopAdsAndAgentsEqualACountByHandOfTheDaysHits() throws Exception {
    Summary s = yesterday();

    assertEquals(HITS, s.conversionCodes());
    Map<String, Long> ads = byHand(true);
    Map<String, Long> agents = byHand(false);
    assertEquals(ads.values().stream().mapToLong(Long::longValue).sum(), s.conversions().current());
    assertEquals(1, s.conversions().previous(), "the day before: one sale");
    for (Summary.RankedAd a : s.topAds()) {
      assertEquals(ads.getOrDefault(a.sourceId(), 0L), a.conversion().count(), a.sourceId());
    }
    for (Summary.Ranked a : s.topAgents()) {
      assertEquals(agents.getOrDefault(a.id(), 0L), a.conversion().count(), a.id());
    }
    assertEquals(List.of("AD1", "AD2"), s.topAdsByConversions().stream().map(Summary.RankedAd::sourceId).toList());
    assertEquals(3, ads.get("AD1"), "the count by hand itself: VENTA twice and ' venta ' once");
  }

  @Test
  void anAdAnAdminNamesAppearsInTheNextAnswerAndTheDigest() throws Exception {
    assertNull(byAd(yesterday().topAds()).get("AD1").name());

    choices.saveAdNames(new JdbcWorkspaceChoices.Change(BotHarness.WORKSPACE, "U0ADMIN", clock.instant()),
        Map.of("AD1", "Black Friday"));

    assertEquals("Black Friday", byAd(yesterday().topAds()).get("AD1").name());
    Summary digest = digestSummary();
    assertEquals("Black Friday", byAd(digest.topAds()).get("AD1").name());
    assertEquals("Ana Gómez", byId(digest.topAgents()).get("201").name());
    assertEquals(byHand(true).get("AD1"), byAd(digest.topAds()).get("AD1").conversion().count());
  }

  @Test
  void aWorkspacesOwnCodesReplaceWolkvoxsHitsAndNoCodeAtAllShowsNoConversions() throws Exception {
    JdbcWorkspaceChoices.Change change =
        new JdbcWorkspaceChoices.Change(BotHarness.WORKSPACE, "U0ADMIN", clock.instant());
    choices.chooseConversionCodes(change, Set.of("cita"));
    Summary own = yesterday();
    assertEquals(Set.of("CITA"), own.conversionCodes());
    assertEquals(2, own.conversions().current(), "AD1 and AD2 each booked one");

    choices.chooseConversionCodes(change, Set.of());
    Summary none = yesterday();
    assertTrue(none.conversionCodes().isEmpty());
    assertNull(none.conversions(), "never 0 conversions for a workspace that has none");
  }

  @ParameterizedTest
  @ValueSource(strings = {"quota", "html"})
  void withTheDirectoryFailingTheAnswerStillComesWithIds(String how) throws Exception {
    Answer failing = "quota".equals(how)
        ? Answer.json(403, "{\"code\":\"403\",\"error\":\"TOKEN LIMIT EXCEEDED\"}")
        : Answer.html(502, "<html><head><title>502 Bad Gateway</title></head></html>");
    WolkvoxStandIn.Responder clicks = WolkvoxStandIn.serving(rows, 60_000);
    wolkvox.respond(r -> WolkvoxStandIn.isDirectory(r) ? failing : clicks.answer(r));
    try (BotHarness bot = new BotHarness(store, contexts)) {
      bot.connect(Locale.ENGLISH);
      bot.command("", "U0ANA", "r1");
      String answer = JsonParser.parseString(bot.slack.nextResponse("r1")).getAsJsonObject().toString();
      assertTrue(answer.contains("yesterday: 10 clicks"), answer);
      assertTrue(answer.contains("AD1") && answer.contains("201"), answer);
    }
    assertNotNull(directory.status("0042").failure(), "the Home tab says why");

    Summary s = yesterday();
    assertEquals(10, s.clicks().current());
    assertNull(byId(s.topAgents()).get("201").name(), "ids as they are");
    assertTrue(s.conversionCodes().isEmpty(), "no hits known: no conversions shown");
  }

  @Test
  void aDayOfAnswersCostsAtMostThreeMoreWolkvoxCallsWhenEveryIdIsKnown() throws Exception {
    for (int hour = 0; hour < 12; hour++) {
      yesterday();
      digestSummary();
      clock.advance(Duration.ofMinutes(47));
    }
    int chat = (int) wolkvox.requests().stream().filter(r -> !WolkvoxStandIn.isDirectory(r)).count();
    assertEquals(3, directoryRequests(), "each list read once that day");
    assertEquals(store.callsToday("0042", BOGOTA), chat + 3, "the directory's calls are counted in the day's log");

    clock.advance(Duration.ofDays(1));
    yesterday();
    assertEquals(6, directoryRequests(), "and once more the next day");
  }

  private Summary digestSummary() {
    List<DigestMessage> posted = new CopyOnWriteArrayList<>();
    DigestPoster poster = new DigestPoster() {
      @Override
      public PostOutcome postDigest(DigestMessage digest) {
        posted.add(digest);
        return new PostOutcome.Posted("1.2");
      }

      @Override
      public PostOutcome postNote(DigestNote note) {
        return new PostOutcome.Posted("1.3");
      }
    };
    SubscriptionStore schedules = new SubscriptionStore(db);
    long sub = schedules.insert(Subscription.daily(BotHarness.WORKSPACE, "C0001", LocalTime.of(8, 0), BOGOTA),
        Instant.EPOCH, 20).orElseThrow().id();
    DigestRunner runner = new DigestRunner(new DigestStores(schedules, new DeliveryLog(db), settings), store,
        contexts, poster, new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, d -> {}, clock));
    runner.sendNow(BotHarness.WORKSPACE, sub);
    assertEquals(1, posted.size());
    DigestMessage m = posted.get(0);
    return Summaries.of(m.periods(), m.totals().current(), m.totals().previous(), 5,
        new Summary.DataNote(m.totals().fetchedAt(), false, m.totals().source()), m.context());
  }

  private static Map<String, Summary.Ranked> byId(List<Summary.Ranked> ranked) {
    Map<String, Summary.Ranked> out = new HashMap<>();
    ranked.forEach(r -> out.put(r.id(), r));
    return out;
  }

  private static Map<String, Summary.RankedAd> byAd(List<Summary.RankedAd> ranked) {
    Map<String, Summary.RankedAd> out = new HashMap<>();
    ranked.forEach(r -> out.put(r.sourceId(), r));
    return out;
  }

  /** A clock the test moves on. */
}
