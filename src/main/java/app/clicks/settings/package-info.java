/**
 * Per-workspace settings and the wolkvox token, encrypted with AES-GCM. Entry point
 * {@link app.clicks.settings.SettingsStore} (on the database: {@link app.clicks.settings.JdbcSettingsStore}); what a
 * workspace chose for its answers (ad names, conversion codes): {@link app.clicks.settings.WorkspaceChoices} (on the
 * database: {@link app.clicks.settings.JdbcWorkspaceChoices}, V8).
 */
package app.clicks.settings;
