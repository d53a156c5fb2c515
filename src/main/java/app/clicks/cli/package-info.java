/**
 * The command line ({@link app.clicks.cli.Cli}, picocli): the {@code report} command, a summary printed as text or
 * JSON ({@link app.clicks.cli.ReportCommand}), and the {@code migrate} command, the schema brought up to date
 * ({@link app.clicks.cli.MigrateCommand}).
 */
package app.clicks.cli;
