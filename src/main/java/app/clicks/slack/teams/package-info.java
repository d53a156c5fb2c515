/**
 * The Slack side of Microsoft Teams: the App Home's "Microsoft Teams" section, its modal (Workflows webhook URL,
 * Outgoing Webhook security token, card language, digest to Teams), the test card's result, and Disconnect Teams.
 * Entry point {@link app.clicks.slack.teams.TeamsFeature}.
 */
package app.clicks.slack.teams;
