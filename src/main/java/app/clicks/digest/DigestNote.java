package app.clicks.digest;

import app.clicks.report.Period;
import app.clicks.settings.WorkspaceKey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A short note the digest posts instead of a summary: no clicks, or wolkvox refusing the token or the quota.
 *
 * @param day the first day of the period covered
 * @param period the period covered (null: the one day {@code day})
 */
public record DigestNote(WorkspaceKey workspace, String channelId, LocalDate day, ZoneId zone, Kind kind,
    Period period) {

  /** A note about one day. */
  public DigestNote(WorkspaceKey workspace, String channelId, LocalDate day, ZoneId zone, Kind kind) {
    this(workspace, channelId, day, zone, kind, null);
  }

  /** The last day of the period covered. */
  public LocalDate lastDay() {
    return period == null ? day : period.lastDay();
  }

  /** Why the note is posted. */
  public enum Kind {
    NO_CLICKS,
    TOKEN_REJECTED,
    QUOTA_EXCEEDED;

    /** The key of the note's text, e.g. "digest.note.no_clicks". */
    public String messageKey() {
      return "digest.note." + name().toLowerCase(Locale.ROOT);
    }
  }
}
