package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's settings (config reads them from the environment): defaults, the base URL, and their checks. */
class WolkvoxSettingsTest {

  @Test
  void defaults() {
    WolkvoxSettings s = WolkvoxSettings.defaults();
    assertNull(s.baseUrl());
    assertEquals(1, s.maxInFlight());
    assertEquals(60_000, s.maxRecords());
    assertEquals(Duration.ofSeconds(90), s.readTimeout());
    assertEquals(3, s.tries());
    assertEquals("https://wv0042.wolkvox.com", s.baseFor("0042"));
  }

  @Test
  void aBaseUrlReplacesEveryServersHostWithoutItsTrailingSlash() {
    WolkvoxSettings s = WolkvoxSettings.defaults().withBaseUrl("http://127.0.0.1:8089/");
    assertEquals("http://127.0.0.1:8089", s.baseUrl());
    assertEquals("http://127.0.0.1:8089", s.baseFor("0042"));
    assertEquals("http://127.0.0.1:8089", s.baseFor("7"));
    assertEquals("https://proxy.example/wolkvox",
        WolkvoxSettings.defaults().withBaseUrl("https://proxy.example/wolkvox").baseUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://127.0.0.1:8089", "127.0.0.1:8089", "http://", "http://host/x?token=1", "not a url"})
  void refusesABadBaseUrlNamingTheVariable(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WolkvoxSettings.defaults().withBaseUrl(value));
    assertTrue(e.getMessage().startsWith("WOLKVOX_BASE_URL "), e.getMessage());
  }

  @Test
  void refusesMoreThanTwoInFlightOrARecordCapAboveWolkvoxs() {
    assertThrows(IllegalArgumentException.class, () -> WolkvoxSettings.defaults().withMaxInFlight(3));
    assertThrows(IllegalArgumentException.class, () -> WolkvoxSettings.defaults().withMaxRecords(60_001));
  }

  @Test
  void theGateTakesOnlyOneOrTwo() {
    assertThrows(IllegalArgumentException.class, () -> new InJvmRequestGate(0));
    assertThrows(IllegalArgumentException.class, () -> new InJvmRequestGate(3));
  }
}
