/** The bot's settings read from the environment and checked at start, naming every problem at once; entry point {@link app.clicks.config.AppConfig}. */
package app.clicks.config;
