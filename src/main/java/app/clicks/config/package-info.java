/**
 * The bot's settings, read from the environment and checked at start with one message naming every problem. Entry
 * point {@link app.clicks.config.AppConfig}.
 */
package app.clicks.config;
