/**
 * The Slack side of the bot, by feature: {@code runtime} (Jetty, Socket Mode, health, shutdown; entry point
 * {@code SlackBot}), {@code clicks}, {@code home}, {@code connect}, {@code digest} and {@code install} (many
 * workspaces; each a {@code …Feature} registered on the Bolt app), and {@code common} (texts, users, block helpers). Bolt is imported only here.
 */
package app.clicks.slack;
