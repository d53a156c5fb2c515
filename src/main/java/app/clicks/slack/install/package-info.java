/**
 * Multi-workspace mode ("Add to Slack", OAuth v2): installations and install states in the app's database (V13), the
 * install pages, and each workspace's bot token for what posts outside a request. Entry point
 * {@link app.clicks.slack.install.InstallFeature}.
 */
package app.clicks.slack.install;
