package app.clicks.digest;

import app.clicks.settings.SettingsStore;

/**
 * Where a digest run reads and writes: the schedules (and last runs), the delivery log that keeps a day's digest to
 * one post, and the workspaces' settings (the wolkvox connection).
 */
public record DigestStores(DigestSettingsStore schedules, DeliveryLog deliveries, SettingsStore settings) {}
