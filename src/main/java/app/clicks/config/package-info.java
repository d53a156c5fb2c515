/**
 * The one reader of the environment: it checks every variable at start, with one message naming every problem, and
 * builds the typed settings each package is handed. Entry points {@link app.clicks.config.AppConfig} (the bot) and
 * {@link app.clicks.config.ReportConfig} (the `report` command).
 */
package app.clicks.config;
