package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client's settings read from the environment. */
class WolkvoxSettingsTest {

  @Test
  void defaultsWhenNothingIsSet() {
    WolkvoxSettings s = WolkvoxSettings.fromEnv(Map.of());
    assertNull(s.baseUrl());
    assertEquals(1, s.maxInFlight());
    assertEquals(60_000, s.maxRecords());
    assertEquals(Duration.ofSeconds(90), s.readTimeout());
    assertEquals(3, s.tries());
    assertEquals("https://wv0042.wolkvox.com", s.baseFor("0042"));
    assertEquals(s, WolkvoxSettings.fromEnv(Map.of("WOLKVOX_BASE_URL", " ", "WOLKVOX_MAX_RECORDS", "")));
  }

  @Test
  void readsEveryVariable() {
    WolkvoxSettings s = WolkvoxSettings.fromEnv(Map.of("WOLKVOX_BASE_URL", "http://127.0.0.1:8089/",
        "WOLKVOX_MAX_IN_FLIGHT", "2", "WOLKVOX_MAX_RECORDS", " 500 "));
    assertEquals("http://127.0.0.1:8089", s.baseUrl());
    assertEquals("http://127.0.0.1:8089", s.baseFor("0042"));
    assertEquals("http://127.0.0.1:8089", s.baseFor("7"));
    assertEquals(2, s.maxInFlight());
    assertEquals(500, s.maxRecords());
    assertEquals("https://proxy.example/wolkvox",
        WolkvoxSettings.fromEnv(Map.of("WOLKVOX_BASE_URL", "https://proxy.example/wolkvox")).baseUrl());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WOLKVOX_MAX_IN_FLIGHT|3",
      "WOLKVOX_MAX_IN_FLIGHT|0",
      "WOLKVOX_MAX_IN_FLIGHT|two",
      "WOLKVOX_MAX_RECORDS|0",
      "WOLKVOX_MAX_RECORDS|60001",
      "WOLKVOX_MAX_RECORDS|1e4",
      "WOLKVOX_BASE_URL|ftp://127.0.0.1:8089",
      "WOLKVOX_BASE_URL|127.0.0.1:8089",
      "WOLKVOX_BASE_URL|http://",
      "WOLKVOX_BASE_URL|http://host/x?token=1",
      "WOLKVOX_BASE_URL|not a url"})
  void refusesBadValuesNamingTheVariable(String name, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WolkvoxSettings.fromEnv(Map.of(name, value)));
    assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
  }

  @Test
  void theGateTakesOnlyOneOrTwo() {
    assertThrows(IllegalArgumentException.class, () -> new InJvmRequestGate(0));
    assertThrows(IllegalArgumentException.class, () -> new InJvmRequestGate(3));
  }
}
