package app.clicks.wolkvox;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * One wolkvox operation the bot reads from: its server id, its API token and its report timezone.
 *
 * <p>The token never appears in {@link #toString()}.
 */
public record WolkvoxConnection(String serverId, String token, ZoneId zone) {
  private static final Pattern SERVER_ID = Pattern.compile("[A-Za-z0-9]{1,32}");

  public WolkvoxConnection {
    if (serverId == null || !SERVER_ID.matcher(serverId).matches()) {
      throw new IllegalArgumentException(
          "The wolkvox server id must be letters and digits only (for example 0042).");
    }
    if (zone == null) {
      throw new IllegalArgumentException("A report timezone is needed.");
    }
  }

  /** True when {@code s} is a well-formed server id (letters and digits only). */
  public static boolean isValidServerId(String s) {
    return s != null && SERVER_ID.matcher(s).matches();
  }

  @Override
  public String toString() {
    return "WolkvoxConnection[serverId=" + serverId + ", zone=" + zone + "]";
  }
}
