/**
 * The wolkvox clicks bot. {@link app.clicks.Main} is the entry point: it starts the Slack bot (no arguments) or runs
 * the {@code report} command, and wires the packages below by hand.
 */
package app.clicks;
