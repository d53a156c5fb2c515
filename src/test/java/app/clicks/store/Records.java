package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic click records, and their totals computed in plain Java as the specification of the SQL ones. */
final class Records {
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final String[] SOURCES = {"120210001", "120210002", "120210003", "post-77", ""};
  private static final String[] AGENTS = {"1001", "1002", "1003", "", " "};
  private static final String[] RPS = {"RP_SALES", "RP_SUPPORT", ""};
  private static final String[] OUTCOMES = {"SALE", "NO_SALE", "", "TIMEOUTCHAT", "TIMEOUTACW"};

  private Records() {}

  /** {@code n} records spread over {@code day} in the report timezone, varied but repeatable for a seed. */
  static List<ClickRecord> day(LocalDate day, int n, long seed) {
    Random random = new Random(seed ^ day.toEpochDay() * 31);
    List<ClickRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ZonedDateTime t = day.atStartOfDay(BOGOTA).plusSeconds(random.nextInt(86_400));
      out.add(record(t, random, "c" + day + "-" + random.nextInt(Math.max(1, n - n / 5))));
    }
    return out;
  }

  /** Records of every day from {@code first}, {@code perDay} each. */
  static List<ClickRecord> days(LocalDate first, int count, int perDay, long seed) {
    List<ClickRecord> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.addAll(day(first.plusDays(i), perDay, seed));
    }
    return out;
  }

  static ClickRecord at(ZonedDateTime t, String chatId) {
    return record(t, new Random(t.toEpochSecond()), chatId);
  }

  /** A record whose date wolkvox sent unreadable; rawDate starts with its day for the stand-in. */
  static ClickRecord undated(LocalDate day, String chatId) {
    return new ClickRecord("https://fb.me/x", "ad", "120210001", chatId, "RP_SALES", "1001", "image", "",
        null, day + "?garbled", "SALE");
  }

  private static ClickRecord record(ZonedDateTime t, Random random, String chatId) {
    String source = SOURCES[random.nextInt(SOURCES.length)];
    return new ClickRecord(
        source.isEmpty() ? "" : "https://fb.com/ads/" + source,
        source.startsWith("post") ? "post" : "ad",
        source,
        random.nextInt(20) == 0 ? "" : chatId,
        RPS[random.nextInt(RPS.length)],
        AGENTS[random.nextInt(AGENTS.length)],
        source.isEmpty() ? "" : "video",
        "",
        t.toInstant(),
        t.toLocalDateTime().toString().replace('T', ' '),
        OUTCOMES[random.nextInt(OUTCOMES.length)]);
  }

  /** The totals of the records in {@code p} as the file path computes them: report.ClickTally, record by record. */
  static Totals expected(List<ClickRecord> records, Period p, ZoneId zone) {
    ClickTally tally = ClickTally.countingDays(zone);
    records.stream().filter(r -> r.date() != null && p.contains(r.date())).forEach(tally);
    return tally.toTotals();
  }

  /** The pair of {@code n} whole days from {@code first} and the {@code n} days before. */
  static PeriodPair days(LocalDate first, int n) {
    ZonedDateTime start = first.atStartOfDay(BOGOTA);
    ZonedDateTime end = first.plusDays(n).atStartOfDay(BOGOTA);
    ZonedDateTime prev = first.minusDays(n).atStartOfDay(BOGOTA);
    return new PeriodPair(new Period(n + " days from " + first, start, end, false),
        new Period("previous", prev, start, false));
  }

  /** Today as a running period (to the end of the day), with yesterday before it. */
  static PeriodPair today(LocalDate today) {
    ZonedDateTime start = today.atStartOfDay(BOGOTA);
    return new PeriodPair(new Period("today", start, start.plusDays(1), true),
        new Period("yesterday", start.minusDays(1), start, false));
  }

  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(BOGOTA).toInstant();
  }
}
