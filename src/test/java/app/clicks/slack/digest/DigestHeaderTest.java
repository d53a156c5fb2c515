package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.digest.Cadence;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.RunPeriods;
import app.clicks.report.Slice;
import app.clicks.report.SummaryContext;
import app.clicks.report.ConversionCodes;
import app.clicks.report.PeriodPair;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subscription's digest says what it covers in its header: cadence, dates, slice (by name when known), zone. */
class DigestHeaderTest {
  static final SummaryContext NAMED = new SummaryContext(
      new Directory(Names.NONE, Names.of(Map.of("RP-7", "WhatsApp Ventas")), Names.ofCodes(Map.of()), Set.of()),
      Names.of(Map.of("120210000000001", "Black Friday")), ConversionCodes.WOLKVOX_HITS);

  static DigestMessage message(Cadence cadence, LocalDate runDate, Slice slice, SummaryContext context) {
    PeriodPair p = switch (cadence) {
      case DAILY -> RunPeriods.yesterday(runDate, DigestFixtures.BOGOTA);
      case WEEKLY -> RunPeriods.lastWeek(runDate, DigestFixtures.BOGOTA);
      case MONTHLY -> RunPeriods.lastMonth(runDate, DigestFixtures.BOGOTA);
    };
    return new DigestMessage(DigestFixtures.WORKSPACE, "C1", p.current().firstDay(), DigestFixtures.BOGOTA, p,
        DigestFixtures.known(), false, context, cadence, slice);
  }

  static String header(DigestMessage m, String lang) {
    return DigestTexts.header(m, DigestTexts.of(Locale.forLanguageTag(lang)));
  }

  @Test
  void aWeeklyDigestOfARoutingPointNamesItsWeekAndTheRoutingPointByItsDirectoryName() {
    DigestMessage m = message(Cadence.WEEKLY, LocalDate.of(2026, 11, 23), Slice.routingPoint("RP-7"), NAMED);

    assertEquals("Weekly · 2026-11-16 → 2026-11-22 · routing point WhatsApp Ventas (America/Bogota)", header(m, "en"));
    assertEquals("Semanal · 2026-11-16 → 2026-11-22 · punto de enrutamiento WhatsApp Ventas (America/Bogota)",
        header(m, "es"));
    assertEquals("Semanal · 2026-11-16 → 2026-11-22 · ponto de roteamento WhatsApp Ventas (America/Bogota)",
        header(m, "pt"));
  }

  @Test
  void aMonthlyDigestOfAnAdNamesItByTheAdminsNameOrElseItsId() {
    DigestMessage named = message(Cadence.MONTHLY, LocalDate.of(2026, 11, 1), Slice.ad("120210000000001"), NAMED);
    DigestMessage unnamed = message(Cadence.MONTHLY, LocalDate.of(2026, 11, 1), Slice.ad("999"), NAMED);

    assertEquals("Monthly · 2026-10-01 → 2026-10-31 · ad Black Friday (America/Bogota)", header(named, "en"));
    assertEquals("Mensal · 2026-10-01 → 2026-10-31 · anúncio 999 (America/Bogota)", header(unnamed, "pt"));
  }

  @Test
  void aDailyDigestKeepsItsDateAndAddsItsSliceOnly() {
    DigestMessage all = message(Cadence.DAILY, LocalDate.of(2026, 11, 24), Slice.ALL, SummaryContext.NONE);
    DigestMessage rp = message(Cadence.DAILY, LocalDate.of(2026, 11, 24), Slice.routingPoint("RP-9"),
        SummaryContext.NONE);

    assertEquals("Daily clicks · Monday, November 23, 2026 (America/Bogota)", header(all, "en"));
    assertEquals("Clics del día · lunes, 23 de noviembre de 2026 · punto de enrutamiento RP-9 (America/Bogota)",
        header(rp, "es"));
  }

  @Test
  void aNoteAboutAWeekNamesItsDays() {
    PeriodPair p = RunPeriods.lastWeek(LocalDate.of(2026, 11, 23), DigestFixtures.BOGOTA);
    DigestNote note = new DigestNote(DigestFixtures.WORKSPACE, "C1", p.current().firstDay(), DigestFixtures.BOGOTA,
        DigestNote.Kind.NO_CLICKS, p.current());

    assertEquals("2026-11-16 → 2026-11-22", DigestTexts.noteDays(note, DigestTexts.of(Locale.ENGLISH)));
  }
}
