/**
 * Alerts (issue 14): the rules an admin sets (silence, a drop against a week earlier, an ad that stopped) as pure
 * functions of recent per-hour counts ({@link app.clicks.alerts.AlertRules}), a Quartz job behind
 * {@link app.clicks.alerts.AlertScheduler} that checks them within business hours, and the alert delivery log that
 * posts each alert and each "back to normal" at most once per destination across instances, through {@link
 * app.clicks.alerts.AlertPoster} (Slack implements it, and Teams: the rules choose the Slack channel, Teams or
 * both). {@link app.clicks.alerts.AlertModule} wires it.
 */
package app.clicks.alerts;
