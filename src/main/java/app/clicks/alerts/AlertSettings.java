package app.clicks.alerts;

import app.clicks.digest.Destinations;
import app.clicks.settings.WorkspaceKey;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A workspace's alert rules as an admin set them in the App Home: the channel (by id), the business hours (their
 * timezone is the workspace's report timezone), each rule with its thresholds, and where alerts go.
 *
 * @param channelId the Slack channel (required even when only Teams is a destination: the Home tab names it, and
 *     alerts go there while Teams is not connected)
 * @param destinations the Slack channel, the workspace's Teams webhook, or both (the digest's enum)
 */
public record AlertSettings(
    WorkspaceKey workspace,
    String channelId,
    LocalTime from,
    LocalTime to,
    Set<DayOfWeek> days,
    Silence silence,
    Drop drop,
    AdStopped adStopped,
    Destinations destinations) {

  /** Rule 1: no click for the last {@code hours} business hours. */
  public record Silence(boolean on, int hours) {
    public static final Silence DEFAULT = new Silence(false, 2);
  }

  /** Rule 2: today's clicks so far below {@code percent}% of a week earlier, once that held {@code minClicks}. */
  public record Drop(boolean on, int percent, int minClicks) {
    public static final Drop DEFAULT = new Drop(false, 50, 20);
  }

  /** Rule 3: an ad averaging {@code minDaily} clicks a day over 7 days silent for {@code hours} business hours. */
  public record AdStopped(boolean on, int minDaily, int hours) {
    public static final AdStopped DEFAULT = new AdStopped(false, 10, 3);
  }

  public AlertSettings {
    days = Set.copyOf(days);
    destinations = destinations == null ? Destinations.SLACK : destinations;
  }

  /** Rules whose alerts go to the Slack channel only. */
  public AlertSettings(WorkspaceKey workspace, String channelId, LocalTime from, LocalTime to, Set<DayOfWeek> days,
      Silence silence, Drop drop, AdStopped adStopped) {
    this(workspace, channelId, from, to, days, silence, drop, adStopped, Destinations.SLACK);
  }

  /** True when at least one rule is on (then the workspace is checked). */
  public boolean anyOn() {
    return silence.on() || drop.on() || adStopped.on();
  }

  public boolean on(AlertRule rule) {
    return switch (rule) {
      case SILENCE -> silence.on();
      case DROP -> drop.on();
      case AD_STOPPED -> adStopped.on();
    };
  }

  /** The business hours in {@code zone} (the workspace's report timezone). */
  public BusinessHours hours(java.time.ZoneId zone) {
    return new BusinessHours(from, to, days, zone);
  }
}
