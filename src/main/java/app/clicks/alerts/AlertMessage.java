package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
    Instant checkedAt) {

  /** How an alert names {@code at}: "10:05" on the day of the check, else "Sun 22 Nov 19:30"; in the report timezone. */
  public String when(Instant at, Locale locale) {
    if (at == null) {
      return "—";
    }
    ZonedDateTime z = at.atZone(hours.zone());
    if (z.toLocalDate().equals(checkedAt.atZone(hours.zone()).toLocalDate())) {
      return z.toLocalTime().withSecond(0).withNano(0).toString();
    }
    return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).format(z);
  }
}
