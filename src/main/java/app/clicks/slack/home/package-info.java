/**
 * The App Home: the Home tab drawn from the features' sections, and the clean-up when the app is uninstalled or its
 * tokens revoked. Entry point {@link app.clicks.slack.home.HomeFeature}.
 */
package app.clicks.slack.home;
