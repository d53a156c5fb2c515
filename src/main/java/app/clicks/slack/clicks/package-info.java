/**
 * /clicks [period] [top N] [csv] and the buttons of its answer (Yesterday · Last 7 days · This month · Previous
 * period, Chart, CSV, Share in channel), answered from the click store off Slack's 3 s window on the answer lanes (a
 * burst of requests waits for one fetch per day, without a thread each). Entry point
 * {@link app.clicks.slack.clicks.ClicksFeature}.
 */
package app.clicks.slack.clicks;
