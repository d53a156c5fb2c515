package app.clicks.report;

import java.time.ZoneId;

/** The report timezone where none is chosen: wolkvox's own, GMT-5 (REPORT_TIMEZONE replaces it). */
public final class ReportZone {
  /** wolkvox writes its dates as wall-clock times in it. */
  public static final ZoneId DEFAULT = ZoneId.of("America/Bogota");

  private ReportZone() {}
}
