/**
 * /clicks [period] [top N] and its "Share in channel" button, answered from the click store off Slack's 3 s window.
 * Entry point {@link app.clicks.slack.clicks.ClicksFeature}.
 */
package app.clicks.slack.clicks;
