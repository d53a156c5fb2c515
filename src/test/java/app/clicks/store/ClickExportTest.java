package app.clicks.store;

import static app.clicks.testing.FakeClickSource.chats;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.testing.FakeClickSource;
import app.clicks.testing.MutableClock;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV's read-back: every stored click of a period, every field, in time order, and nothing outside it. */
class ClickExportTest {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  @ParameterizedTest
  @ValueSource(strings = {TestDatabases.H2, TestDatabases.PG})
  void streamsEveryClickOfThePeriodWithEveryFieldInTimeOrder(String db) throws Exception {
    String server = TestDatabases.newServer();
    FakeClickSource source = new FakeClickSource();
    List<ClickRecord> day = new ArrayList<>();
    for (int h = 0; h < 24; h += 3) {
      day.addAll(chats(3, Records.at(DAY, h, 10)));
    }
    source.add(day);
    source.add(chats(2, Records.at(DAY.minusDays(1), 23, 59)));
    source.add(chats(2, Records.at(DAY.plusDays(1), 0, 0)));
    ClickStore store = new ClickStore(TestDatabases.shared(db).dataSource(), source, StoreSettings.DEFAULTS,
        new MutableClock(Records.at(DAY.plusDays(2), 9, 0)));
    PeriodPair periods = Records.days(DAY, 1);
    store.totals(new WolkvoxConnection(server, "tok", BOGOTA), periods, Purpose.INTERACTIVE);

    List<ClickRecord> read = new ArrayList<>();
    long n = store.export().each(server, periods.current(), read::add);

    assertEquals(day.size(), n);
    List<ClickRecord> expected = new ArrayList<>(day);
    expected.sort(Comparator.comparing(ClickRecord::date).thenComparing(ClickRecord::chatId));
    for (int i = 0; i < expected.size(); i++) {
      ClickRecord e = expected.get(i);
      ClickRecord r = read.get(i);
      assertEquals(List.of(e.sourceUrl(), e.sourceType(), e.sourceId(), e.chatId(), e.rpId(), e.agentId(),
          e.mediaType(), e.mediaUrl(), e.codAct()), List.of(r.sourceUrl(), r.sourceType(), r.sourceId(), r.chatId(),
          r.rpId(), r.agentId(), r.mediaType(), r.mediaUrl(), r.codAct()));
      assertEquals(e.date(), r.date());
    }
    assertEquals(0, store.export().each("never-seen", periods.current(), read::add));
  }
}
