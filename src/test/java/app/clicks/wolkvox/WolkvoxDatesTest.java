package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The hand-written date reader agrees with java.time, across daylight-saving gaps and overlaps. */
class WolkvoxDatesTest {
  private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @ParameterizedTest
  @ValueSource(strings = {"America/Bogota", "Europe/Madrid", "America/Sao_Paulo", "America/Santiago",
      "Australia/Lord_Howe", "UTC", "GMT-05:00"})
  void agreesWithJavaTimeThroughAWholeYear(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    WolkvoxDates dates = new WolkvoxDates(zone);
    LocalDateTime t = LocalDateTime.of(2018, 1, 1, 0, 0, 7);
    LocalDateTime end = LocalDateTime.of(2020, 1, 1, 0, 0);
    while (t.isBefore(end)) {
      assertEquals(t.atZone(zone).toInstant(), dates.parse(DASHED.format(t)), zoneName + " " + t);
      assertEquals(t.atZone(zone).toInstant(), dates.parse(Window.WOLKVOX.format(t)), zoneName + " " + t);
      t = t.plusMinutes(17);
    }
  }

  @Test
  void readsLeapDaysAndRefusesImpossibleDates() {
    WolkvoxDates dates = new WolkvoxDates(ZoneId.of("UTC"));
    assertEquals(LocalDateTime.of(2024, 2, 29, 12, 0).atZone(ZoneId.of("UTC")).toInstant(),
        dates.parse("2024-02-29 12:00:00"));
    assertNull(dates.parse("2026-02-29 12:00:00"));
    assertNull(dates.parse("2100-02-29 12:00:00"));
    assertNull(dates.parse("2026-13-01 00:00:00"));
    assertNull(dates.parse("2026-04-31 00:00:00"));
    assertNull(dates.parse("2026-04-30 00:60:00"));
    assertNull(dates.parse("2026-04-30 00:00:00Z"));
    assertEquals(dates.parse("2026-04-30 10:00:00"), dates.parse(" 2026-04-30 10:00:00.000 "));
  }
}
