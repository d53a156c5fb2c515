/**
 * The digest subscriptions' Slack side: their Home tab section (one line and a "…" menu each), the add/change modal,
 * the delete confirmation, "send now", and the poster that posts a digest with chat.postMessage. Entry point
 * {@link app.clicks.slack.digest.DigestFeature}.
 */
package app.clicks.slack.digest;
