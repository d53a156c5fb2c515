/**
 * Connecting wolkvox from the App Home: the connection's Home tab section, the connect modal, the connection test and
 * disconnect. Entry point {@link app.clicks.slack.connect.ConnectFeature}.
 */
package app.clicks.slack.connect;
