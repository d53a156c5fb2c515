/**
 * The daily digest's Slack side: its Home tab section, the digest modal, "send now", and the poster that posts the
 * digest with chat.postMessage. Entry point {@link app.clicks.slack.digest.DigestFeature}.
 */
package app.clicks.slack.digest;
