/**
 * Digest subscriptions: each workspace's daily, weekly and monthly digests (of all clicks, a routing point or an ad),
 * run by Quartz with one trigger per subscription, delivered exactly once per subscription, destination and period
 * through a small poster interface that Slack and Teams implement; entry point {@link app.clicks.digest.DigestModule}
 * (its {@link app.clicks.digest.Subscriptions} for the App Home).
 */
package app.clicks.digest;
