package app.clicks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.context.SummaryContexts;
import app.clicks.digest.Fakes.PosterFake;
import app.clicks.digest.Fakes.SleeperFake;
import app.clicks.digest.Fakes.TriggersFake;
import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.Period;
import app.clicks.report.Slice;
import app.clicks.report.Totals;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickStore;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions read through the real click store (on H2) with a wolkvox stand-in that counts requests: several
 * subscriptions over the same days share one wolkvox fetch, and a sliced digest's numbers equal a count by hand of
 * its slice's records, both periods.
 */
class SubscriptionDigestsTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final WorkspaceKey TEAM = new WorkspaceKey("", "T0001");
  /** Monday 23 November 2026, 08:00 in Bogota: last week is 16..22 November, the week before 9..15. */
  static final Instant MONDAY = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, BOGOTA).toInstant();
  static final String[] SOURCES = {"120210001", "120210002", "post-77", ""};
  static final String[] RPS = {"RP_SALES", "RP_SUPPORT", ""};
  static final String[] AGENTS = {"1001", "1002", ""};
  static final String[] OUTCOMES = {"SALE", "NO_SALE", ""};

  HikariDataSource db;
  final FakeClickSource wolkvox = new FakeClickSource();
  final List<ClickRecord> records = records(LocalDate.of(2026, 11, 9), 14, 60);
  final PosterFake poster = new PosterFake();
  SubscriptionStore subscriptions;
  DigestRunner runner;

  @BeforeEach
  void setUp() {
    db = TestDatabases.h2();
    wolkvox.add(records);
    subscriptions = new SubscriptionStore(db);
    Clock clock = Clock.fixed(MONDAY.plusSeconds(5), ZoneOffset.UTC);
    ClickStore store = new ClickStore(db, wolkvox, StoreSettings.DEFAULTS, clock);
    runner = new DigestRunner(new DigestStores(subscriptions, new DeliveryLog(db), FakeSettingsStore.connected(TEAM)),
        store, SummaryContexts.NONE, DigestPosters.slackOnly(poster),
        new DigestTiming(DigestSettings.DEFAULTS, RetryPolicy.DEFAULTS, new SleeperFake(), clock));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  Subscription add(String channel, Cadence cadence, Slice slice) {
    Set<DayOfWeek> days = cadence == Cadence.WEEKLY ? Set.of(DayOfWeek.MONDAY) : null;
    return subscriptions.insert(new Subscription(0, TEAM, channel, cadence, LocalTime.of(8, 0), days, 0, BOGOTA,
        slice, null, null, true), Instant.EPOCH, 20).orElseThrow();
  }

  @Test
  void subscriptionsOverTheSameDaysShareOneWolkvoxFetch() throws Exception {
    List<Subscription> due = List.of(
        add("C-ALL", Cadence.WEEKLY, Slice.ALL),
        add("C-SALES", Cadence.WEEKLY, Slice.routingPoint("RP_SALES")),
        add("C-AD", Cadence.WEEKLY, Slice.ad("120210002")));
    Subscription daily = add("C-DAILY", Cadence.DAILY, Slice.routingPoint("RP_SUPPORT"));
    ExecutorService pool = Executors.newFixedThreadPool(due.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RunResult>> runs = new ArrayList<>();
    for (Subscription s : due) {
      runs.add(pool.submit(() -> {
        go.await();
        return runner.run(DigestFiring.scheduled(s.id(), MONDAY, "instance-" + s.id()), new TriggersFake());
      }));
    }
    go.countDown();
    for (Future<RunResult> f : runs) {
      assertEquals(DigestOutcome.POSTED, f.get().outcome());
    }
    pool.shutdown();
    assertEquals(1, wolkvox.requests.get(), "the two weeks (9..22 November) in one request: " + wolkvox.windows);

    // A daily subscription over days among them (the 22nd against the 21st) reads them from the store.
    assertEquals(DigestOutcome.POSTED,
        runner.run(DigestFiring.scheduled(daily.id(), MONDAY, "instance-9"), new TriggersFake()).outcome());
    assertEquals(1, wolkvox.requests.get(), "no second request: " + wolkvox.windows);
    assertEquals(4, poster.digests.size());
  }

  @Test
  void aSlicedWeeklyDigestsNumbersEqualACountByHandOfItsSlicesRecords() {
    Subscription sales = add("C-SALES", Cadence.WEEKLY, Slice.routingPoint("RP_SALES"));
    Subscription ad = add("C-AD", Cadence.WEEKLY, Slice.ad("120210002"));
    Subscription all = add("C-ALL", Cadence.WEEKLY, Slice.ALL);

    for (Subscription s : List.of(sales, ad, all)) {
      assertEquals(DigestOutcome.POSTED,
          runner.run(DigestFiring.scheduled(s.id(), MONDAY, "t"), new TriggersFake()).outcome());
    }

    Map<String, DigestMessage> byChannel = new HashMap<>();
    poster.digests.forEach(m -> byChannel.put(m.channelId(), m));
    DigestMessage salesDigest = byChannel.get("C-SALES");
    assertEquals(LocalDate.of(2026, 11, 16), salesDigest.periods().current().firstDay());
    assertEquals(LocalDate.of(2026, 11, 22), salesDigest.periods().current().lastDay());
    assertEquals(LocalDate.of(2026, 11, 9), salesDigest.periods().previous().firstDay());
    assertEquals(Slice.routingPoint("RP_SALES"), salesDigest.slice());
    assertEquals("RP_SALES", salesDigest.sliceName(), "no directory: the routing point's id");
    assertByHand(r -> r.rpId().equals("RP_SALES"), salesDigest);
    assertByHand(r -> r.sourceId().equals("120210002"), byChannel.get("C-AD"));
    assertByHand(r -> true, byChannel.get("C-ALL"));
    long salesClicks = salesDigest.totals().current().clicks();
    assertTrue(salesClicks > 0 && salesClicks < byChannel.get("C-ALL").totals().current().clicks());
  }

  private void assertByHand(Predicate<ClickRecord> inSlice, DigestMessage m) {
    assertEquals(byHand(inSlice, m.periods().current()), m.totals().current(), m.channelId() + " last week");
    assertEquals(byHand(inSlice, m.periods().previous()), m.totals().previous(), m.channelId() + " the week before");
  }

  private Totals byHand(Predicate<ClickRecord> inSlice, Period p) {
    ClickTally tally = ClickTally.countingDays(BOGOTA);
    records.stream().filter(inSlice).filter(r -> p.contains(r.date())).forEach(tally);
    return tally.toTotals();
  }

  /** {@code perDay} varied but repeatable records on each of {@code count} days from {@code first}. */
  static List<ClickRecord> records(LocalDate first, int count, int perDay) {
    List<ClickRecord> out = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      LocalDate day = first.plusDays(d);
      Random random = new Random(day.toEpochDay());
      for (int i = 0; i < perDay; i++) {
        ZonedDateTime t = day.atStartOfDay(BOGOTA).plusSeconds(random.nextInt(86_400));
        String source = SOURCES[random.nextInt(SOURCES.length)];
        out.add(new ClickRecord(source.isEmpty() ? "" : "https://fb.com/ads/" + source,
            source.startsWith("post") ? "post" : "ad", source, "c" + day + "-" + i, RPS[random.nextInt(RPS.length)],
            AGENTS[random.nextInt(AGENTS.length)], "", "", t.toInstant(),
            t.toLocalDateTime().toString().replace('T', ' '), OUTCOMES[random.nextInt(OUTCOMES.length)]));
      }
    }
    return out;
  }
}
