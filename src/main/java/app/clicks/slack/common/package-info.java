/**
 * What the Slack features share: texts in three languages, the users.info cache and admin check, the summary renderer,
 * the Home tab's parts, form values, dates, the admin-only settings steps ({@link app.clicks.slack.common.AdminModal},
 * {@link app.clicks.slack.common.AdminSubmission}, {@link app.clicks.slack.common.AdminAction}) and the one Slack SDK
 * set-up ({@link app.clicks.slack.common.BoltApps}).
 */
package app.clicks.slack.common;
