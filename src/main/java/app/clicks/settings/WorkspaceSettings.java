package app.clicks.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What one workspace has set: its wolkvox connection, report timezone and language, and who changed it last.
 *
 * @param token the decrypted wolkvox token, or null when none is stored or no key opens it (see tokenState)
 * @param tokenState whether the stored token could be read
 */
public record WorkspaceSettings(
    WorkspaceKey key,
    String serverId,
    String token,
    TokenState tokenState,
    ZoneId zone,
    Locale language,
    String changedBy,
    Instant changedAt) {

  /** Whether a usable token is there. */
  public enum TokenState {
    OK,
    NONE,
    /** A token is stored but no configured key opens it: an admin must reconnect. */
    UNREADABLE
  }

  /** The token shown as its last 4 characters. */
  public String maskedToken() {
    if (token == null || token.isEmpty()) {
      return "(none)";
    }
    return "…" + token.substring(Math.max(0, token.length() - 4));
  }

  @Override
  public String toString() {
    return "WorkspaceSettings[key=" + key + ", serverId=" + serverId + ", tokenState=" + tokenState
        + ", zone=" + zone + ", language=" + language + ", changedBy=" + changedBy + ", changedAt=" + changedAt + "]";
  }
}
