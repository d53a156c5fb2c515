package app.clicks.report;

/** A period and the previous period it is compared with. */
public record PeriodPair(Period current, Period previous) {}
