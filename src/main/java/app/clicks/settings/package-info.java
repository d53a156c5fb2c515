/** Per-workspace settings and the wolkvox token, encrypted with AES-GCM; entry point {@link app.clicks.settings.SettingsStore} (JDBC: {@link app.clicks.settings.JdbcSettingsStore}). */
package app.clicks.settings;
