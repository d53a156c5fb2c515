package app.clicks.report;

import app.clicks.report.Period.Kind;
import app.clicks.report.PeriodException.Reason;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words a person uses for a period (English, Spanish, Portuguese) into the period and the one it is
 * compared with, made of days of the report timezone.
 *
 * <p>Rules for the previous period:
 *
 * <ul>
 *   <li>A period of whole days (yesterday, last N days, last week, a date, a range) is compared with as many whole
 *       days just before it; "last month" with the calendar month before it (which may be shorter or longer).
 *   <li>A running period of days (today, this week, this month, a date or range that reaches today) ends now and
 *       is compared with the same span of the day, week, month or range before, up to the same time of day (this
 *       month on Nov 24 10:00: Oct 1 00:00 .. Oct 24 10:00), never past the start of the current period (this
 *       month on Mar 31 compares with all of February). A range that runs past today counts only its days that
 *       have begun against the 92-day limit; one longer than that limit is read as "since its first day" and
 *       compared with as many days just before it.
 *   <li>"last N hours" ends now too (so it is running), but it is not made of days: it is compared with the N
 *       hours just before it.
 * </ul>
 */
public final class Periods {

  /** The longest period that can be asked for, in days. */
  public static final int MAX_DAYS = 92;

  private static final Map<String, List<String>> EXAMPLES =
      Map.of(
          "en",
          List.of("yesterday", "today", "last 7 days", "last 24 hours", "this week", "last week", "this month",
              "last month", "2026-11-20", "2026-11-01..2026-11-15"),
          "es",
          List.of("ayer", "hoy", "últimos 7 días", "últimas 24 horas", "esta semana", "semana pasada", "este mes",
              "mes pasado", "2026-11-20", "2026-11-01..2026-11-15"),
          "pt",
          List.of("ontem", "hoje", "últimos 7 dias", "últimas 24 horas", "esta semana", "semana passada",
              "este mês", "mês passado", "2026-11-20", "2026-11-01..2026-11-15"));

  private static final Map<String, Kind> WORDS =
      Map.ofEntries(
          Map.entry("today", Kind.TODAY),
          Map.entry("hoy", Kind.TODAY),
          Map.entry("hoje", Kind.TODAY),
          Map.entry("yesterday", Kind.YESTERDAY),
          Map.entry("ayer", Kind.YESTERDAY),
          Map.entry("ontem", Kind.YESTERDAY),
          Map.entry("this week", Kind.THIS_WEEK),
          Map.entry("esta semana", Kind.THIS_WEEK),
          Map.entry("last week", Kind.LAST_WEEK),
          Map.entry("semana pasada", Kind.LAST_WEEK),
          Map.entry("la semana pasada", Kind.LAST_WEEK),
          Map.entry("semana passada", Kind.LAST_WEEK),
          Map.entry("a semana passada", Kind.LAST_WEEK),
          Map.entry("this month", Kind.THIS_MONTH),
          Map.entry("este mes", Kind.THIS_MONTH),
          Map.entry("last month", Kind.LAST_MONTH),
          Map.entry("mes pasado", Kind.LAST_MONTH),
          Map.entry("el mes pasado", Kind.LAST_MONTH),
          Map.entry("mes passado", Kind.LAST_MONTH),
          Map.entry("o mes passado", Kind.LAST_MONTH));

  private static final Pattern LAST_N =
      Pattern.compile("(?:last|past|ultimos|ultimas|ultimo|ultima) (\\d+) (days?|dias?|hours?|horas?)");
  private static final String DATE = "(\\d{4}-\\d{1,2}-\\d{1,2})";
  private static final Pattern ONE_DATE = Pattern.compile(DATE);
  private static final Pattern RANGE = Pattern.compile(DATE + " ?\\.\\.\\.? ?" + DATE);

  private Periods() {}

  /** Example phrases for help texts in a language ("en", "es", "pt", or a tag such as "es-CO"); English otherwise. */
  public static List<String> examples(String language) {
    String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
    if (dash >= 0) {
      lang = lang.substring(0, dash);
    }
    return EXAMPLES.getOrDefault(lang, EXAMPLES.get("en"));
  }

  /**
   * The period the words name and its previous period, in {@code zone}, as of {@code clock}'s now. Empty (or
   * blank, or null) text means yesterday.
   *
   * @throws PeriodException when the words name no period, or one that cannot be asked for
   */
  public static PeriodPair parse(String text, Clock clock, ZoneId zone) {
    String input = text == null ? "" : text;
    return new Parser(input, normalise(input), clock.instant().atZone(zone)).parse();
  }

  /** One whole day of {@code zone} (kind DATE, labelled "2026-11-23"); its length follows daylight saving. */
  public static Period day(LocalDate day, ZoneId zone) {
    return wholeDays(day.toString(), Kind.DATE, 0, day, 1, zone);
  }

  /** The whole day before {@code day} in {@code zone}: what a day is compared with. */
  public static Period dayBefore(LocalDate day, ZoneId zone) {
    return day(day.minusDays(1), zone);
  }

  /**
   * "Yesterday" as seen on {@code today} in {@code zone}: the whole day before it (kind YESTERDAY), compared with
   * the whole day before that. {@link #parse} reads "yesterday" (and empty text) with this.
   */
  public static PeriodPair yesterday(LocalDate today, ZoneId zone) {
    LocalDate day = today.minusDays(1);
    return new PeriodPair(wholeDays("yesterday", Kind.YESTERDAY, 0, day, 1, zone), dayBefore(day, zone));
  }

  /**
   * The period just before the one shown, compared with the one before it: for "last 7 days" the 7 days before,
   * compared with the 7 days before those; for "last month" the month before it (a calendar month is followed by
   * calendar months); for a running period (today at 10:20) its previous span (yesterday 00:00..10:20), compared with
   * as long a span just before. Pure: the result depends on {@code shown} only.
   */
  public static PeriodPair previous(PeriodPair shown) {
    return comparedWithBefore(shown.previous());
  }

  /** {@code p}, compared with the period just before it (see {@link #previous}). */
  public static PeriodPair comparedWithBefore(Period p) {
    ZoneId zone = p.zone();
    ZonedDateTime start = p.start();
    ZonedDateTime end = p.end();
    LocalDate first = start.toLocalDate();
    boolean wholeDays = start.equals(first.atStartOfDay(zone)) && end.equals(end.toLocalDate().atStartOfDay(zone));
    if (!wholeDays) {
      return new PeriodPair(p, closed(start.minus(Duration.between(start, end)), start));
    }
    long days = ChronoUnit.DAYS.between(first, end.toLocalDate());
    boolean calendarMonth = first.getDayOfMonth() == 1 && end.toLocalDate().equals(first.plusMonths(1));
    LocalDate before = calendarMonth ? first.minusMonths(1) : first.minusDays(days);
    return new PeriodPair(p, closed(before.atStartOfDay(zone), start));
  }

  /**
   * The closed span [start, end): labelled by its dates when it falls on day boundaries (kind DATE or RANGE), by its
   * times otherwise (kind SPAN), as the previous periods of {@link #parse} are.
   */
  public static Period closed(ZonedDateTime start, ZonedDateTime end) {
    ZoneId zone = start.getZone();
    LocalDate first = start.toLocalDate();
    LocalDate afterLast = end.toLocalDate();
    if (start.equals(first.atStartOfDay(zone)) && end.equals(afterLast.atStartOfDay(zone))) {
      int count = (int) ChronoUnit.DAYS.between(first, afterLast);
      return count == 1
          ? wholeDays(first.toString(), Kind.DATE, 0, first, 1, zone)
          : wholeDays(first + ".." + afterLast.minusDays(1), Kind.RANGE, 0, first, count, zone);
    }
    return new Period(Period.SPAN_TIME.format(start) + ".." + Period.SPAN_TIME.format(end), start, end, false,
        Kind.SPAN, 0);
  }

  /** {@code count} whole days of {@code zone} from the start of {@code first}. */
  private static Period wholeDays(String label, Kind kind, int n, LocalDate first, int count, ZoneId zone) {
    return new Period(label, first.atStartOfDay(zone), first.plusDays(count).atStartOfDay(zone), false, kind, n);
  }

  /** Lower case, without accents, single spaces, trimmed: the form the words are matched in. */
  static String normalise(String text) {
    String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).replaceAll("(?U)\\s+", " ").trim();
  }

  /** One parse: the input and now. */
  private record Parser(String input, String words, ZonedDateTime now) {

    ZoneId zone() {
      return now.getZone();
    }

    LocalDate today() {
      return now.toLocalDate();
    }

    PeriodPair parse() {
      if (words.isEmpty()) {
        return named(Kind.YESTERDAY);
      }
      Kind kind = WORDS.get(words);
      if (kind != null) {
        return named(kind);
      }
      Matcher m = LAST_N.matcher(words);
      if (m.matches()) {
        return lastN(m.group(1), m.group(2).startsWith("h"));
      }
      m = ONE_DATE.matcher(words);
      if (m.matches()) {
        LocalDate day = date(m.group(1));
        return dates(day, day);
      }
      m = RANGE.matcher(words);
      if (m.matches()) {
        return dates(date(m.group(1)), date(m.group(2)));
      }
      throw new PeriodException(input, Reason.UNKNOWN_WORDS, words,
          "I don't know the period \"" + input.trim() + "\". Try " + exampleList() + ".");
    }

    PeriodPair named(Kind kind) {
      LocalDate today = today();
      LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate firstOfMonth = today.withDayOfMonth(1);
      return switch (kind) {
        case TODAY -> running("today", kind, today, today, today.minusDays(1));
        case YESTERDAY -> yesterday(today, zone());
        case THIS_WEEK -> running("this week", kind, monday, today, monday.minusWeeks(1));
        case LAST_WEEK -> closed("last week", kind, 0, monday.minusWeeks(1), 7);
        case THIS_MONTH -> running("this month", kind, firstOfMonth, today, firstOfMonth.minusMonths(1));
        case LAST_MONTH -> lastMonth(firstOfMonth.minusMonths(1));
        default -> throw new IllegalStateException("not a named period: " + kind);
      };
    }

    PeriodPair lastN(String digits, boolean hours) {
      if (digits.length() > 9) {
        throw tooLong(Long.MAX_VALUE);
      }
      long n = Long.parseLong(digits);
      String unit = hours ? "hour" : "day";
      if (n == 0) {
        throw new PeriodException(input, Reason.UNKNOWN_WORDS, words,
            "\"" + input.trim() + "\" is empty: ask for at least 1 " + unit + ", for example "
                + (hours ? "last 24 hours" : "last 7 days") + ".");
      }
      long days = hours ? (n + 23) / 24 : n;
      if (days > MAX_DAYS) {
        throw tooLong(days);
      }
      String label = "last " + n + " " + unit + (n == 1 ? "" : "s");
      if (!hours) {
        return closed(label, Kind.LAST_DAYS, (int) n, today().minusDays(n), (int) n);
      }
      ZonedDateTime start = now.minusHours(n);
      Period current = new Period(label, start, now, true, Kind.LAST_HOURS, (int) n);
      return new PeriodPair(current, span(start.minus(Duration.between(start, now)), start));
    }

    PeriodPair lastMonth(LocalDate first) {
      LocalDate before = first.minusMonths(1);
      Period current = days("last month", Kind.LAST_MONTH, 0, first, first.lengthOfMonth());
      return new PeriodPair(current, described(before, before.lengthOfMonth()));
    }

    PeriodPair dates(LocalDate first, LocalDate last) {
      String label = first.equals(last) ? first.toString() : first + ".." + last;
      Kind kind = first.equals(last) ? Kind.DATE : Kind.RANGE;
      if (last.isBefore(first)) {
        throw new PeriodException(input, Reason.END_BEFORE_START, label,
            "The range " + label + " ends before it starts. Put the earlier day first, for example "
                + last + ".." + first + ".");
      }
      if (first.isAfter(today())) {
        throw notStarted(first, first + " has not begun yet.");
      }
      long count = ChronoUnit.DAYS.between(first, last) + 1;
      if (last.isBefore(today())) {
        if (count > MAX_DAYS) {
          throw tooLong(count);
        }
        return closed(label, kind, 0, first, (int) count);
      }
      // Only the days that have begun are read; a range that runs on far into the future is "since first",
      // compared with as many days just before it.
      long begun = ChronoUnit.DAYS.between(first, today()) + 1;
      if (begun > MAX_DAYS) {
        throw tooLong(begun);
      }
      return running(label, kind, first, last, first.minusDays(count > MAX_DAYS ? begun : count));
    }

    /** Whole days, compared with as many whole days just before. */
    PeriodPair closed(String label, Kind kind, int n, LocalDate first, int count) {
      return new PeriodPair(days(label, kind, n, first, count), described(first.minusDays(count), count));
    }

    /**
     * From the start of {@code first} to now, named up to {@code lastNamed}, compared with the same span from the
     * start of {@code before}.
     */
    PeriodPair running(String label, Kind kind, LocalDate first, LocalDate lastNamed, LocalDate before) {
      ZonedDateTime start = first.atStartOfDay(zone());
      if (!now.isAfter(start)) {
        throw notStarted(first, label + " has only just begun: there is nothing to count yet.");
      }
      ZonedDateTime previousStart = before.atStartOfDay(zone());
      long elapsedDays = ChronoUnit.DAYS.between(first, today());
      ZonedDateTime previousEnd =
          ZonedDateTime.of(before.plusDays(elapsedDays).atTime(now.toLocalTime()), zone());
      if (previousEnd.isAfter(start)) {
        previousEnd = start;
      }
      if (!previousEnd.isAfter(previousStart)) {
        previousEnd = previousStart.plus(Duration.between(start, now));
      }
      Period current = new Period(label, start, now, true, kind, 0, lastNamed);
      return new PeriodPair(current, span(previousStart, previousEnd));
    }

    Period days(String label, Kind kind, int n, LocalDate first, int count) {
      return wholeDays(label, kind, n, first, count, zone());
    }

    /** Whole days labelled by their dates. */
    Period described(LocalDate first, int count) {
      LocalDate last = first.plusDays(count - 1L);
      return count == 1
          ? days(first.toString(), Kind.DATE, 0, first, 1)
          : days(first + ".." + last, Kind.RANGE, 0, first, count);
    }

    /** A closed span, labelled by dates when it falls on day boundaries, by times otherwise. */
    Period span(ZonedDateTime start, ZonedDateTime end) {
      LocalDate first = start.toLocalDate();
      LocalDate afterLast = end.toLocalDate();
      if (start.equals(first.atStartOfDay(zone())) && end.equals(afterLast.atStartOfDay(zone()))) {
        return described(first, (int) ChronoUnit.DAYS.between(first, afterLast));
      }
      String label = Period.SPAN_TIME.format(start) + ".." + Period.SPAN_TIME.format(end);
      return new Period(label, start, end, false, Kind.SPAN, 0);
    }

    LocalDate date(String text) {
      String[] parts = text.split("-");
      try {
        return LocalDate.of(
            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      } catch (DateTimeException e) {
        throw new PeriodException(input, Reason.BAD_DATE, text,
            "\"" + text + "\" is not a date. Write days as year-month-day, for example 2026-11-20 or "
                + "2026-11-01..2026-11-15.");
      }
    }

    PeriodException tooLong(long days) {
      String count = days == Long.MAX_VALUE ? "too many" : Long.toString(days);
      return new PeriodException(input, Reason.TOO_LONG, count,
          "That is " + count + " days; a report covers at most "
              + MAX_DAYS + " days. Ask for less, for example last 30 days or 2026-11-01..2026-11-15.");
    }

    PeriodException notStarted(LocalDate first, String why) {
      return new PeriodException(input, Reason.START_IN_FUTURE, first.toString(),
          why + " Ask for a period that has begun, for example yesterday or last 7 days.");
    }

    static String exampleList() {
      List<String> en = EXAMPLES.get("en");
      return String.join(", ", en.subList(0, en.size() - 1)) + " or " + en.get(en.size() - 1);
    }
  }
}
