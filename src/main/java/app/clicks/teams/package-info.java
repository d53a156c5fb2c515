/**
 * Microsoft Teams (the only package that speaks to Teams): Adaptive Card 1.4 rendering of a summary in the Workflows
 * envelope ({@link app.clicks.teams.TeamsCard}), the Workflows webhook poster, the per-workspace Teams settings with
 * both secrets sealed, the digest's and the alerts' Teams destinations (an alert's "back to normal" is a card of its
 * own), and the Outgoing Webhook endpoint {@code POST /teams/messages} (HMAC-verified, answered within Teams' 5 s).
 * Entry point {@link app.clicks.teams.Teams}. Imports report, store, settings, and the digest's and the alerts' poster
 * interfaces; JSON through JSON-P.
 */
package app.clicks.teams;
