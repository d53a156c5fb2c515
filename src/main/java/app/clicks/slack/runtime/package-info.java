/**
 * How Slack reaches the bot: the Bolt app over HTTP (Jetty: /slack/events and /health) or Socket Mode, the work pool,
 * the start-up warm-up and the ordered SIGTERM shutdown. Entry point {@link app.clicks.slack.runtime.SlackBot}.
 */
package app.clicks.slack.runtime;
