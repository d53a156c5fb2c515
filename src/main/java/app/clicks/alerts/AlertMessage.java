package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;

/**
 * An alert or its "back to normal" to post: the rule and what it found, the business hours it watches (their zone is
 * the report timezone), the ad's name when an admin gave one, and for a "back to normal" the alert's message to
 * reply to.
 *
 * @param channelId the Slack channel; null for Teams (the workspace's webhook)
 * @param threadTs the alert's message ts ("back to normal" replies in its thread); null for an alert and in Teams
 * @param checkedAt when the check that sends it ran
 */
public record AlertMessage(
    WorkspaceKey workspace,
    String channelId,
    AlertDeliveryLog.Kind kind,
    AlertRule rule,
    Finding.Facts facts,
    BusinessHours hours,
    String adName,
    String threadTs,
    java.time.Instant checkedAt) {}
