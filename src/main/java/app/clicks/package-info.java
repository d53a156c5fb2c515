/**
 * The wolkvox clicks bot. {@link app.clicks.Main} dispatches: it starts the Slack bot (no arguments) or runs the
 * {@code report} command; {@link app.clicks.Application} is the composition root that wires the packages by hand.
 */
package app.clicks;
