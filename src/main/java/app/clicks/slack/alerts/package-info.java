/**
 * The Slack side of the alerts: the Home tab section with each rule's state, the alerts modal (admins only), and
 * the poster of alerts and their "back to normal" replies. {@link app.clicks.slack.alerts.AlertsFeature} is its entry
 * point.
 */
package app.clicks.slack.alerts;
