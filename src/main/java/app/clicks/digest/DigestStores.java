package app.clicks.digest;

import app.clicks.settings.SettingsStore;

/**
 * Where a digest run reads and writes: the subscriptions (and last runs), the delivery log that keeps a period's
 * digest to one post per destination, and the workspaces' settings (the wolkvox connection).
 */
public record DigestStores(SubscriptionStore subscriptions, DeliveryLog deliveries, SettingsStore settings) {}
