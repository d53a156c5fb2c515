package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.Period.Kind;
import app.clicks.report.PeriodException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the words people use become a period and the period it is compared with. */
class PeriodsTest {

  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  /** Tuesday 24 November 2026, 10:00 in Bogotá. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, BOGOTA);

  static PeriodPair parse(String text, ZonedDateTime now) {
    return Periods.parse(text, Clock.fixed(now.toInstant(), ZoneId.of("UTC")), now.getZone());
  }

  static PeriodPair parse(String text) {
    return parse(text, NOW);
  }

  static ZonedDateTime bogota(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BOGOTA);
  }

  @ParameterizedTest(name = "\"{0}\" is {1} .. {2}, compared with {3} .. {4}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # words                   | start            | end              | previous start   | previous end
      ''                        | 2026-11-23T00:00 | 2026-11-24T00:00 | 2026-11-22T00:00 | 2026-11-23T00:00
      yesterday                 | 2026-11-23T00:00 | 2026-11-24T00:00 | 2026-11-22T00:00 | 2026-11-23T00:00
      ayer                      | 2026-11-23T00:00 | 2026-11-24T00:00 | 2026-11-22T00:00 | 2026-11-23T00:00
      ontem                     | 2026-11-23T00:00 | 2026-11-24T00:00 | 2026-11-22T00:00 | 2026-11-23T00:00
      today                     | 2026-11-24T00:00 | 2026-11-24T10:00 | 2026-11-23T00:00 | 2026-11-23T10:00
      hoy                       | 2026-11-24T00:00 | 2026-11-24T10:00 | 2026-11-23T00:00 | 2026-11-23T10:00
      hoje                      | 2026-11-24T00:00 | 2026-11-24T10:00 | 2026-11-23T00:00 | 2026-11-23T10:00
      last 7 days               | 2026-11-17T00:00 | 2026-11-24T00:00 | 2026-11-10T00:00 | 2026-11-17T00:00
      últimos 7 días            | 2026-11-17T00:00 | 2026-11-24T00:00 | 2026-11-10T00:00 | 2026-11-17T00:00
      ultimos 7 dias            | 2026-11-17T00:00 | 2026-11-24T00:00 | 2026-11-10T00:00 | 2026-11-17T00:00
      últimos 30 dias           | 2026-10-25T00:00 | 2026-11-24T00:00 | 2026-09-25T00:00 | 2026-10-25T00:00
      last 1 day                | 2026-11-23T00:00 | 2026-11-24T00:00 | 2026-11-22T00:00 | 2026-11-23T00:00
      last 24 hours             | 2026-11-23T10:00 | 2026-11-24T10:00 | 2026-11-22T10:00 | 2026-11-23T10:00
      últimas 24 horas          | 2026-11-23T10:00 | 2026-11-24T10:00 | 2026-11-22T10:00 | 2026-11-23T10:00
      ultimas 3 horas           | 2026-11-24T07:00 | 2026-11-24T10:00 | 2026-11-24T04:00 | 2026-11-24T07:00
      this week                 | 2026-11-23T00:00 | 2026-11-24T10:00 | 2026-11-16T00:00 | 2026-11-17T10:00
      esta semana               | 2026-11-23T00:00 | 2026-11-24T10:00 | 2026-11-16T00:00 | 2026-11-17T10:00
      last week                 | 2026-11-16T00:00 | 2026-11-23T00:00 | 2026-11-09T00:00 | 2026-11-16T00:00
      semana pasada             | 2026-11-16T00:00 | 2026-11-23T00:00 | 2026-11-09T00:00 | 2026-11-16T00:00
      semana passada            | 2026-11-16T00:00 | 2026-11-23T00:00 | 2026-11-09T00:00 | 2026-11-16T00:00
      this month                | 2026-11-01T00:00 | 2026-11-24T10:00 | 2026-10-01T00:00 | 2026-10-24T10:00
      este mes                  | 2026-11-01T00:00 | 2026-11-24T10:00 | 2026-10-01T00:00 | 2026-10-24T10:00
      este mês                  | 2026-11-01T00:00 | 2026-11-24T10:00 | 2026-10-01T00:00 | 2026-10-24T10:00
      last month                | 2026-10-01T00:00 | 2026-11-01T00:00 | 2026-09-01T00:00 | 2026-10-01T00:00
      mes pasado                | 2026-10-01T00:00 | 2026-11-01T00:00 | 2026-09-01T00:00 | 2026-10-01T00:00
      mês passado               | 2026-10-01T00:00 | 2026-11-01T00:00 | 2026-09-01T00:00 | 2026-10-01T00:00
      2026-11-20                | 2026-11-20T00:00 | 2026-11-21T00:00 | 2026-11-19T00:00 | 2026-11-20T00:00
      2026-11-01..2026-11-15    | 2026-11-01T00:00 | 2026-11-16T00:00 | 2026-10-17T00:00 | 2026-11-01T00:00
      2026-11-01 .. 2026-11-15  | 2026-11-01T00:00 | 2026-11-16T00:00 | 2026-10-17T00:00 | 2026-11-01T00:00
      2026-11-24                | 2026-11-24T00:00 | 2026-11-24T10:00 | 2026-11-23T00:00 | 2026-11-23T10:00
      2026-11-20..2026-11-30    | 2026-11-20T00:00 | 2026-11-24T10:00 | 2026-11-09T00:00 | 2026-11-13T10:00
      '  LAST   7   DAYS  '     | 2026-11-17T00:00 | 2026-11-24T00:00 | 2026-11-10T00:00 | 2026-11-17T00:00
      ÚLTIMOS 7 DÍAS            | 2026-11-17T00:00 | 2026-11-24T00:00 | 2026-11-10T00:00 | 2026-11-17T00:00
      This Week                 | 2026-11-23T00:00 | 2026-11-24T10:00 | 2026-11-16T00:00 | 2026-11-17T10:00
      """)
  void wordsNameAPeriodAndItsPreviousPeriod(
      String words, String start, String end, String previousStart, String previousEnd) {
    PeriodPair pair = parse(words);
    assertAll(
        () -> assertEquals(bogota(start), pair.current().start(), "start"),
        () -> assertEquals(bogota(end), pair.current().end(), "end"),
        () -> assertEquals(bogota(previousStart), pair.previous().start(), "previous start"),
        () -> assertEquals(bogota(previousEnd), pair.previous().end(), "previous end"),
        () -> assertEquals(BOGOTA, pair.current().zone()),
        () -> assertFalse(pair.previous().running(), "a previous period is over"));
  }

  @ParameterizedTest(name = "\"{0}\" is labelled \"{1}\" ({2} {3}), running: {4}; previous \"{5}\" ({6})")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # words                | label                  | kind       | n  | running | previous label                      | previous kind
      ''                     | yesterday              | YESTERDAY  | 0  | false   | 2026-11-22                          | DATE
      ontem                  | yesterday              | YESTERDAY  | 0  | false   | 2026-11-22                          | DATE
      hoy                    | today                  | TODAY      | 0  | true    | 2026-11-23 00:00..2026-11-23 10:00  | SPAN
      ultimos 7 dias         | last 7 days            | LAST_DAYS  | 7  | false   | 2026-11-10..2026-11-16              | RANGE
      last 1 day             | last 1 day             | LAST_DAYS  | 1  | false   | 2026-11-22                          | DATE
      últimas 24 horas       | last 24 hours          | LAST_HOURS | 24 | true    | 2026-11-22 10:00..2026-11-23 10:00  | SPAN
      last 1 hour            | last 1 hour            | LAST_HOURS | 1  | true    | 2026-11-24 08:00..2026-11-24 09:00  | SPAN
      esta semana            | this week              | THIS_WEEK  | 0  | true    | 2026-11-16 00:00..2026-11-17 10:00  | SPAN
      semana passada         | last week              | LAST_WEEK  | 0  | false   | 2026-11-09..2026-11-15              | RANGE
      este mes               | this month             | THIS_MONTH | 0  | true    | 2026-10-01 00:00..2026-10-24 10:00  | SPAN
      mes pasado             | last month             | LAST_MONTH | 0  | false   | 2026-09-01..2026-09-30              | RANGE
      2026-11-20             | 2026-11-20             | DATE       | 0  | false   | 2026-11-19                          | DATE
      2026-11-24             | 2026-11-24             | DATE       | 0  | true    | 2026-11-23 00:00..2026-11-23 10:00  | SPAN
      2026-11-01..2026-11-15 | 2026-11-01..2026-11-15 | RANGE      | 0  | false   | 2026-10-17..2026-10-31              | RANGE
      2026-11-20..2026-11-30 | 2026-11-20..2026-11-30 | RANGE      | 0  | true    | 2026-11-09 00:00..2026-11-13 10:00  | SPAN
      2026-11-1..2026-11-5   | 2026-11-01..2026-11-05 | RANGE      | 0  | false   | 2026-10-27..2026-10-31              | RANGE
      """)
  void periodsHaveAnEnglishLabelAndAKindForTranslators(
      String words, String label, Kind kind, int n, boolean running, String previousLabel, Kind previousKind) {
    PeriodPair pair = parse(words);
    assertAll(
        () -> assertEquals(label, pair.current().label()),
        () -> assertEquals(kind, pair.current().kind()),
        () -> assertEquals(n, pair.current().n()),
        () -> assertEquals(running, pair.current().running()),
        () -> assertEquals(previousLabel, pair.previous().label()),
        () -> assertEquals(previousKind, pair.previous().kind()));
  }

  @Test
  void aRunningPeriodEndsNowToTheMillisecond() {
    ZonedDateTime now = ZonedDateTime.of(2026, 11, 24, 10, 17, 42, 123_000_000, BOGOTA);
    PeriodPair pair = parse("today", now);
    assertEquals(now, pair.current().end());
    assertEquals(now.minusDays(1), pair.previous().end());
  }

  @Test
  void thisMonthNearTheEndOfALongMonthIsComparedWithAllOfTheShorterMonthBefore() {
    PeriodPair pair = parse("this month", bogota("2026-03-31T10:00"));
    assertEquals(bogota("2026-02-01T00:00"), pair.previous().start());
    assertEquals(bogota("2026-03-01T00:00"), pair.previous().end());
    assertEquals("2026-02-01..2026-02-28", pair.previous().label());
  }

  @Test
  void lastMonthIsComparedWithTheCalendarMonthBeforeWhateverItsLength() {
    PeriodPair pair = parse("last month", bogota("2026-03-10T10:00"));
    assertEquals(bogota("2026-02-01T00:00"), pair.current().start());
    assertEquals(bogota("2026-03-01T00:00"), pair.current().end());
    assertEquals(bogota("2026-01-01T00:00"), pair.previous().start());
    assertEquals(bogota("2026-02-01T00:00"), pair.previous().end());
  }

  @Test
  void thisWeekOnASundayRunsFromMonday() {
    PeriodPair pair = parse("this week", bogota("2026-11-29T23:00"));
    assertEquals(bogota("2026-11-23T00:00"), pair.current().start());
    assertEquals(bogota("2026-11-16T00:00"), pair.previous().start());
    assertEquals(bogota("2026-11-22T23:00"), pair.previous().end());
  }

  @Test
  void thirtyOneDaysBackCrossesAYear() {
    PeriodPair pair = parse("last 31 days", bogota("2026-01-15T08:00"));
    assertEquals(bogota("2025-12-15T00:00"), pair.current().start());
    assertEquals(bogota("2025-11-14T00:00"), pair.previous().start());
  }

  @Test
  void theLongestPeriodsAllowedAreNinetyTwoDays() {
    assertEquals(Duration.ofDays(92), parse("last 92 days").current().length());
    assertEquals(Duration.ofDays(92), parse("2026-08-23..2026-11-22").current().length());
    assertEquals(Duration.ofHours(2208), parse("last 2208 hours").current().length());
  }

  @Test
  void aRangeIntoTheFutureIsLimitedByTheDaysThatHaveBegunOnly() {
    // now is 2026-11-24 10:00 in Bogota: five of the range's days have begun
    PeriodPair pair = parse("2026-11-20..2027-02-28");
    assertEquals(bogota("2026-11-20T00:00"), pair.current().start());
    assertEquals(bogota("2026-11-24T10:00"), pair.current().end());
    assertTrue(pair.current().running());
    assertEquals(bogota("2026-11-15T00:00"), pair.previous().start(), "as many days just before it");
    assertEquals(bogota("2026-11-19T10:00"), pair.previous().end());
    PeriodException e = assertThrows(PeriodException.class, () -> parse("2026-08-01..2027-02-28"));
    assertEquals("116", e.detail(), "2026-08-01 to today is 116 days: " + e.getMessage());
  }

  @Test
  void everyExamplePhraseParses() {
    for (String lang : List.of("en", "es", "pt")) {
      List<String> examples = Periods.examples(lang);
      assertEquals(10, examples.size(), lang);
      for (String phrase : examples) {
        assertTrue(parse(phrase).current().length().toMinutes() > 0, phrase);
      }
    }
    assertEquals(Periods.examples("es"), Periods.examples("es-CO"));
    assertEquals(Periods.examples("pt"), Periods.examples("pt_BR"));
    assertEquals(Periods.examples("en"), Periods.examples("fr"));
    assertEquals(Periods.examples("en"), Periods.examples(null));
    assertTrue(Periods.examples("pt").contains("mês passado"));
  }

  @Test
  void nullTextIsYesterday() {
    assertEquals(parse("yesterday"), parse(null));
  }

  /** A given day as a period, without words or a clock: what the digest covers. */
  @Nested
  class GivenDays {
    final ZoneId santiago = ZoneId.of("America/Santiago");

    @Test
    void aDayIsTheWholeDayOfTheZoneLabelledByItsDate() {
      Period day = Periods.day(LocalDate.of(2026, 11, 23), BOGOTA);
      assertAll(
          () -> assertEquals(bogota("2026-11-23T00:00"), day.start()),
          () -> assertEquals(bogota("2026-11-24T00:00"), day.end()),
          () -> assertEquals("2026-11-23", day.label()),
          () -> assertEquals(Kind.DATE, day.kind()),
          () -> assertFalse(day.running()),
          () -> assertEquals(LocalDate.of(2026, 11, 23), day.firstDay()),
          () -> assertEquals(LocalDate.of(2026, 11, 23), day.lastNamedDay()));
    }

    @Test
    void theDayBeforeIsTheWholeDayJustBefore() {
      Period before = Periods.dayBefore(LocalDate.of(2026, 11, 1), BOGOTA);
      assertEquals(Periods.day(LocalDate.of(2026, 10, 31), BOGOTA), before);
      assertEquals(Periods.day(LocalDate.of(2026, 11, 1), BOGOTA).start(), before.end());
    }

    @Test
    void aDayFollowsTheZonesDaylightSaving() {
      // Santiago, 6 Sep 2026: 00:00 -04:00 becomes 01:00 -03:00.
      Period day = Periods.day(LocalDate.of(2026, 9, 6), santiago);
      assertEquals(Instant.parse("2026-09-06T04:00:00Z"), day.startInstant());
      assertEquals(Instant.parse("2026-09-07T03:00:00Z"), day.endInstant());
      assertEquals(Duration.ofHours(23), day.length());
      assertEquals(Duration.ofHours(24), Periods.dayBefore(LocalDate.of(2026, 9, 6), santiago).length());
    }

    @ParameterizedTest(name = "yesterday as seen on {0}")
    @ValueSource(strings = {"2026-11-24", "2026-03-01", "2027-01-01"})
    void yesterdayOnAGivenDayIsWhatTheWordMeansOnThatDay(String today) {
      LocalDate date = LocalDate.parse(today);
      PeriodPair pair = Periods.yesterday(date, BOGOTA);
      assertAll(
          () -> assertEquals(parse("yesterday", date.atTime(12, 0).atZone(BOGOTA)), pair),
          () -> assertEquals(parse("yesterday", date.atTime(23, 59).atZone(BOGOTA)), pair),
          () -> assertEquals(Kind.YESTERDAY, pair.current().kind()),
          () -> assertEquals("yesterday", pair.current().label()),
          () -> assertEquals(date.minusDays(1), pair.current().firstDay()),
          () -> assertEquals(date.minusDays(1), pair.current().lastDay()),
          () -> assertEquals(Periods.dayBefore(date.minusDays(1), BOGOTA), pair.previous()));
    }
  }

  /** What a renderer needs to name a period is in its fields, never to be read back from its label. */
  @ParameterizedTest(name = "\"{0}\" starts on {1}, is named up to {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      # words                | first day  | last named day | last day (touched)
      yesterday              | 2026-11-23 | 2026-11-23     | 2026-11-23
      today                  | 2026-11-24 | 2026-11-24     | 2026-11-24
      last 7 days            | 2026-11-17 | 2026-11-23     | 2026-11-23
      this month             | 2026-11-01 | 2026-11-24     | 2026-11-24
      2026-11-01..2026-11-15 | 2026-11-01 | 2026-11-15     | 2026-11-15
      2026-11-20..2026-11-30 | 2026-11-20 | 2026-11-30     | 2026-11-24
      """)
  void aPeriodCarriesTheDaysItIsNamedBy(String words, LocalDate first, LocalDate lastNamed, LocalDate last) {
    Period p = parse(words).current();
    assertAll(
        () -> assertEquals(first, p.firstDay()),
        () -> assertEquals(lastNamed, p.lastNamedDay()),
        () -> assertEquals(last, p.lastDay()));
  }

  @Test
  void aSpansLabelIsItsStartAndEndInTheSpanFormat() {
    Period previous = parse("today").previous();
    assertEquals(Kind.SPAN, previous.kind());
    assertEquals(
        Period.SPAN_TIME.format(previous.start()) + ".." + Period.SPAN_TIME.format(previous.end()), previous.label());
  }

  /** Days are not always 24 hours: periods follow the zone's days, hours follow the clock. */
  @Nested
  class DaylightSaving {
    final ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    final ZoneId santiago = ZoneId.of("America/Santiago");

    ZonedDateTime at(String local, ZoneId zone) {
      return LocalDateTime.parse(local).atZone(zone);
    }

    @Test
    void theDayClocksSprangForwardAtMidnightStartsAtOneAndLasts23Hours() {
      // São Paulo, 4 Nov 2018: 00:00 -03:00 became 01:00 -02:00.
      PeriodPair pair = parse("yesterday", at("2018-11-05T10:00", saoPaulo));
      assertEquals(ZonedDateTime.parse("2018-11-04T01:00-02:00[America/Sao_Paulo]"), pair.current().start());
      assertEquals(ZonedDateTime.parse("2018-11-05T00:00-02:00[America/Sao_Paulo]"), pair.current().end());
      assertEquals(Duration.ofHours(23), pair.current().length());
      assertEquals(ZonedDateTime.parse("2018-11-03T00:00-03:00[America/Sao_Paulo]"), pair.previous().start());
      assertEquals(pair.current().start(), pair.previous().end());
      assertEquals(Duration.ofHours(24), pair.previous().length());
      assertEquals("2018-11-03", pair.previous().label());
    }

    @Test
    void theDayClocksFellBackLasts25Hours() {
      // São Paulo, 17 Feb 2019: 00:00 -02:00 became 23:00 -03:00 on the 16th.
      PeriodPair pair = parse("2019-02-16", at("2019-03-01T10:00", saoPaulo));
      assertEquals(Duration.ofHours(25), pair.current().length());
      assertEquals(ZonedDateTime.parse("2019-02-17T00:00-03:00[America/Sao_Paulo]"), pair.current().end());
    }

    @Test
    void lastWeekOverTheChangeIsSevenDaysOfTheZoneNotSevenTimes24Hours() {
      // Santiago, 11 Sep 2022: 00:00 -04:00 became 01:00 -03:00.
      PeriodPair pair = parse("last week", at("2022-09-14T09:00", santiago));
      assertEquals(ZonedDateTime.parse("2022-09-05T00:00-04:00[America/Santiago]"), pair.current().start());
      assertEquals(ZonedDateTime.parse("2022-09-12T00:00-03:00[America/Santiago]"), pair.current().end());
      assertEquals(Duration.ofHours(7 * 24 - 1), pair.current().length());
      assertEquals(ZonedDateTime.parse("2022-08-29T00:00-04:00[America/Santiago]"), pair.previous().start());
      assertEquals(Duration.ofHours(7 * 24), pair.previous().length());
    }

    @Test
    void todayOnTheDayOfTheChangeStartsWhenTheDayDoesAndIsComparedUpToTheSameClockTime() {
      PeriodPair pair = parse("hoje", at("2018-11-04T10:00", saoPaulo));
      assertEquals(ZonedDateTime.parse("2018-11-04T01:00-02:00[America/Sao_Paulo]"), pair.current().start());
      assertEquals(ZonedDateTime.parse("2018-11-03T00:00-03:00[America/Sao_Paulo]"), pair.previous().start());
      assertEquals(ZonedDateTime.parse("2018-11-03T10:00-03:00[America/Sao_Paulo]"), pair.previous().end());
    }

    @Test
    void lastHoursAreRealHoursAcrossTheChange() {
      PeriodPair pair = parse("últimas 24 horas", at("2018-11-04T12:00", saoPaulo));
      assertEquals(Duration.ofHours(24), pair.current().length());
      assertEquals(ZonedDateTime.parse("2018-11-03T11:00-03:00[America/Sao_Paulo]"), pair.current().start());
      assertEquals(Duration.ofHours(24), pair.previous().length());
      assertEquals(pair.current().start(), pair.previous().end());
    }
  }

  /** Words that are refused, each with a reason another layer can translate and a message a person can act on. */
  @Nested
  class Refused {

    PeriodException refused(String words) {
      return assertThrows(PeriodException.class, () -> parse(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"next week", "last", "mañana", "2026/11/01", "last seven days", "clicks", "7"})
    void unknownWordsAreRefusedWithExamples(String words) {
      PeriodException e = refused(words);
      assertEquals(Reason.UNKNOWN_WORDS, e.reason());
      assertEquals(words, e.input());
      assertTrue(e.getMessage().contains("\"" + words + "\""), e.getMessage());
      assertTrue(e.getMessage().contains("last 7 days"), e.getMessage());
      assertTrue(e.getMessage().contains("2026-11-01..2026-11-15"), e.getMessage());
    }

    @Test
    void zeroDaysOrHoursAreNotAPeriod() {
      assertEquals(Reason.UNKNOWN_WORDS, refused("last 0 days").reason());
      assertEquals(Reason.UNKNOWN_WORDS, refused("ultimas 0 horas").reason());
    }

    @ParameterizedTest
    @CsvSource({"2026-02-30, 2026-02-30", "2026-13-01, 2026-13-01", "'2026-11-01..2026-11-31', 2026-11-31"})
    void impossibleDatesAreBadDates(String words, String badDate) {
      PeriodException e = refused(words);
      assertEquals(Reason.BAD_DATE, e.reason());
      assertEquals(badDate, e.detail());
      assertTrue(e.getMessage().contains(badDate + "\" is not a date"), e.getMessage());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
      PeriodException e = refused("2026-11-15..2026-11-01");
      assertEquals(Reason.END_BEFORE_START, e.reason());
      assertEquals("2026-11-15..2026-11-01", e.detail());
      assertTrue(e.getMessage().contains("2026-11-01..2026-11-15"), "shows the range the right way round");
    }

    @ParameterizedTest
    @CsvSource({"last 93 days, 93", "2026-08-22..2026-11-22, 93", "last 2209 hours, 93",
        "últimos 365 días, 365", "last 99999999999 days, too many"})
    void moreThan92DaysIsTooLong(String words, String days) {
      PeriodException e = refused(words);
      assertEquals(Reason.TOO_LONG, e.reason());
      assertEquals(days, e.detail());
      assertTrue(e.getMessage().contains("at most 92 days"), e.getMessage());
    }

    @Test
    void aRangeTooLongEvenIfItsFutureEndWouldBeCutIsTooLong() {
      assertEquals(Reason.TOO_LONG, refused("2026-08-01..2026-12-31").reason());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-25, 2026-11-25", "'2026-12-01..2026-12-05', 2026-12-01"})
    void aStartInTheFutureIsRefused(String words, String start) {
      PeriodException e = refused(words);
      assertEquals(Reason.START_IN_FUTURE, e.reason());
      assertEquals(start, e.detail());
      assertTrue(e.getMessage().contains(start + " has not begun yet"), e.getMessage());
    }

    @Test
    void aPeriodThatStartsThisVeryInstantHasNothingToCountYet() {
      PeriodException e =
          assertThrows(PeriodException.class, () -> parse("today", bogota("2026-11-24T00:00")));
      assertEquals(Reason.START_IN_FUTURE, e.reason());
      assertEquals("2026-11-24", e.detail());
    }
  }
}
