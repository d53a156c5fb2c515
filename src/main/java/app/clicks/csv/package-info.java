/**
 * The clicks of a period as CSV, one record at a time (never the whole period in memory): entry point
 * {@link app.clicks.csv.ClickCsv}. Pure apart from the Writer it is given; the callers (the {@code report --csv}
 * command, the Slack upload) choose where the bytes go.
 */
package app.clicks.csv;
