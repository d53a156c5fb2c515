/**
 * Per-workspace settings and the wolkvox token, encrypted with AES-GCM. Entry point
 * {@link app.clicks.settings.SettingsStore} (on the database: {@link app.clicks.settings.JdbcSettingsStore}).
 */
package app.clicks.settings;
