/**
 * The daily digest: per-workspace schedules run by Quartz, delivered exactly once per day through a small poster
 * interface that the Slack side implements; entry point {@link app.clicks.digest.DigestModule}.
 */
package app.clicks.digest;
