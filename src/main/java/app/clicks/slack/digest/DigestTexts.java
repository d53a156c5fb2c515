package app.clicks.slack.digest;

import app.clicks.digest.Cadence;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.report.Slice;
import app.clicks.slack.common.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The digest's message bundle (i18n/digest_xx.properties) and its date wording. */
final class DigestTexts {
  static final String BUNDLE = "digest";

  private DigestTexts() {}

  static Texts of(Locale locale) {
    return Texts.of(BUNDLE, locale);
  }

  /** "Monday, November 23, 2026" in the language of {@code t}. */
  static String longDate(LocalDate day, Texts t) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(t.locale()).format(day);
  }

  /**
   * What a digest covers, for its header: "Daily clicks · Monday, November 23, 2026 (America/Bogota)", or "Weekly ·
   * 2026-11-16 → 2026-11-22 · routing point WhatsApp Ventas (America/Bogota)".
   */
  static String header(DigestMessage m, Texts t) {
    String covers = m.cadence() == Cadence.DAILY
        ? t.get("digest.header.daily", longDate(m.day(), t))
        : t.get(m.cadence() == Cadence.WEEKLY ? "digest.header.weekly" : "digest.header.monthly",
            m.day().toString(), m.lastDay().toString());
    if (!m.slice().isAll()) {
      String kind = m.slice().kind() == Slice.Kind.ROUTING_POINT ? "routing_point" : "ad";
      covers = covers + " · " + t.get("digest.header.slice." + kind, m.sliceName());
    }
    return t.get("digest.header.zone", covers, m.zone().getId());
  }

  /** The days a note is about: the long date of one day, or "2026-11-16 → 2026-11-22". */
  static String noteDays(DigestNote note, Texts t) {
    return note.lastDay().equals(note.day()) ? longDate(note.day(), t)
        : t.get("digest.period.span", note.day().toString(), note.lastDay().toString());
  }
}
