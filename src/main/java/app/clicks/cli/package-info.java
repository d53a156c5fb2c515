/**
 * The command line: the {@code report} command, a summary printed as text or JSON. Entry point
 * {@link app.clicks.cli.ReportCommand}.
 */
package app.clicks.cli;
