package app.clicks.store;

import app.clicks.wolkvox.WolkvoxException;
import java.time.Instant;

/**
 * The outcome of a connection test.
 *
 * @param failure what went wrong, or null when wolkvox answered
 * @param unexpected true when the test itself broke (not a wolkvox answer)
 * @param records chats wolkvox returned for the test window
 */
public record ConnectionVerdict(WolkvoxException.Kind failure, boolean unexpected, int records, Instant at) {

  public static ConnectionVerdict connected(int records, Instant at) {
    return new ConnectionVerdict(null, false, records, at);
  }

  public static ConnectionVerdict failed(WolkvoxException.Kind kind, Instant at) {
    return new ConnectionVerdict(kind, false, 0, at);
  }

  public static ConnectionVerdict broken(Instant at) {
    return new ConnectionVerdict(null, true, 0, at);
  }

  public boolean connected() {
    return failure == null && !unexpected;
  }
}
