package app.clicks.wolkvox;

import app.clicks.wolkvox.WolkvoxException.Kind;
import java.util.Locale;

/**
 * Turns what wolkvox answered (status, body text) into a typed {@link WolkvoxException} with a message a person can
 * act on, and keeps wolkvox's own words short, clean and free of the token.
 */
final class WolkvoxFaults {
  private static final int MAX_QUOTED = 160;

  private final String serverId;
  private final String window;
  private final String token;
  /** What was asked, as the messages name it: "the chat_14 report" or "the agents list". */
  private final String asked;
  /** Where it was asked for: " for window …", or "" for a list. */
  private final String forWhat;

  WolkvoxFaults(String serverId, String window, String token) {
    this(serverId, window, token, "the chat_14 report", " for window " + window);
  }

  private WolkvoxFaults(String serverId, String window, String token, String asked, String forWhat) {
    this.serverId = serverId;
    this.window = window;
    this.token = token;
    this.asked = asked;
    this.forWhat = forWhat;
  }

  /** The faults of one directory list of information.php ({@code list} as "the agents list"). */
  static WolkvoxFaults forList(String serverId, String list, String token) {
    return new WolkvoxFaults(serverId, null, token, list, "");
  }

  /** The fault named by wolkvox's words, whatever the status; null when the text names none. */
  WolkvoxException byText(int status, String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("TOKEN LIMIT EXCEEDED")) {
      return fail(Kind.QUOTA_EXCEEDED, "The daily quota of the wolkvox token for server " + serverId
          + " is spent (TOKEN LIMIT EXCEEDED): nothing more can be read from wolkvox today.");
    }
    if (upper.contains("EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS")) {
      return fail(Kind.TOO_MANY_REQUESTS, "wolkvox server " + serverId
          + " is already answering as many requests as its token allows: wait a moment and try again.");
    }
    if (upper.contains("PLEASE VALIDATE TOKEN") || status == 401) {
      return tokenRejected("wolkvox server " + serverId + " rejected the token (HTTP " + status + ")");
    }
    return null;
  }

  /** The fault for a non-2xx answer that is not wolkvox's "no data". */
  WolkvoxException byStatus(int status, String text) {
    WolkvoxException named = byText(status, text);
    if (named != null) {
      return named;
    }
    if (status == 429) {
      return fail(Kind.TOO_MANY_REQUESTS, "wolkvox server " + serverId
          + " asked us to slow down (HTTP 429): wait a moment and try again.");
    }
    if (status >= 500) {
      return fail(Kind.SERVER_ERROR, "wolkvox server " + serverId + " failed (HTTP " + status
          + ")" + (forWhat.isEmpty() ? " answering " + asked : forWhat) + ": try again later.");
    }
    if (looksLikeHtml(text)) {
      return fail(Kind.BAD_RESPONSE, "wolkvox server " + serverId + " answered HTTP " + status
          + " with a web page instead of " + asked + ": check the server id"
          + " (and WOLKVOX_BASE_URL when it is set).");
    }
    String said = quote(text);
    return fail(Kind.BAD_RESPONSE, "wolkvox server " + serverId + " answered HTTP " + status
        + (said.isEmpty() ? " with no explanation." : ": " + said));
  }

  /** The fault for a 2xx JSON answer whose code is not a success and whose words name no known fault. */
  WolkvoxException byCode(ChatEnvelope env) {
    String said = quote(env.text());
    return fail(Kind.BAD_RESPONSE, "wolkvox server " + serverId + " refused " + asked + forWhat
        + " (code " + quote(env.code()) + ")" + (said.isEmpty() ? "." : ": " + said));
  }

  /**
   * The fault a 2xx JSON answer's envelope names, or null when it is usable (success or no data). wolkvox
   * sometimes puts the real status (401, 403) in the body's code.
   */
  WolkvoxException byEnvelope(int status, ChatEnvelope env) {
    int said = env.code().equals("401") || env.code().equals("403") ? Integer.parseInt(env.code()) : status;
    WolkvoxException named = byText(said, env.error() + " " + env.msg());
    if (named != null) {
      return named;
    }
    return env.saysNoData() || env.codeOk() ? null : byCode(env);
  }

  WolkvoxException tokenRejected(String what) {
    return fail(Kind.TOKEN_REJECTED, what + ": an admin must fix the wolkvox token in the App Home,"
        + " or whitelist this server's IP address in wolkvox.");
  }

  WolkvoxException fail(Kind kind, String message) {
    return new WolkvoxException(kind, serverId, window, message);
  }

  WolkvoxException fail(Kind kind, String message, Throwable cause) {
    return new WolkvoxException(kind, serverId, window, message, cause);
  }

  /** wolkvox's words made safe to show: no token, no control characters, no markup, short. */
  String quote(String text) {
    if (text == null) {
      return "";
    }
    String s = text;
    if (token != null && !token.isBlank()) {
      s = s.replace(token, "[token]");
    }
    s = s.replaceAll("<[^>]{0,200}>", " ").replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    if (s.length() > MAX_QUOTED) {
      s = s.substring(0, MAX_QUOTED) + "…";
    }
    return s;
  }

  static boolean looksLikeHtml(String text) {
    String t = text.stripLeading().toLowerCase(Locale.ROOT);
    return t.startsWith("<") || t.contains("<html");
  }
}
