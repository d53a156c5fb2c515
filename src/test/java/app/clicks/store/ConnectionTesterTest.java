package app.clicks.store;

import app.clicks.slack.testing.FakeClickSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The connection test asks wolkvox for the last hour of the report timezone and turns any outcome into a verdict. */
class ConnectionTesterTest {
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final WolkvoxConnection MEXICO =
      new WolkvoxConnection("0042", "token-abcdefgh", ZoneId.of("America/Mexico_City"));

  final FakeClickSource source = new FakeClickSource();
  final ConnectionTester tester = new ConnectionTester(source, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void asksForTheLastHourInTheReportTimezoneAndCountsTheChats() throws Exception {
    source.records = 5;
    ConnectionVerdict v = tester.test(MEXICO);
    assertEquals(ConnectionVerdict.connected(5, NOW), v);
    assertEquals("20261123080000..20261123090000", source.asked.take().window().toString());
  }

  @Test
  void aWolkvoxFailureBecomesItsVerdict() {
    source.failure = WolkvoxException.Kind.QUOTA_EXCEEDED;
    ConnectionVerdict v = tester.test(MEXICO);
    assertFalse(v.connected());
    assertEquals("verdict.QUOTA_EXCEEDED", v.textKey());
  }

  @Test
  void aBrokenSourceIsAVerdictNotAnException() {
    ConnectionTester broken = new ConnectionTester((c, w, r) -> {
      throw new IllegalStateException("boom");
    }, Clock.fixed(NOW, ZoneOffset.UTC));
    ConnectionVerdict v = broken.test(MEXICO);
    assertTrue(v.unexpected());
    assertEquals("verdict.unexpected", v.textKey());
  }
}
