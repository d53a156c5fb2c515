/**
 * Periods, click records, totals and the summary: pure functions of their inputs, no I/O. Entry points
 * {@link app.clicks.report.Periods#parse} and {@link app.clicks.report.Summaries#of}.
 */
package app.clicks.report;
