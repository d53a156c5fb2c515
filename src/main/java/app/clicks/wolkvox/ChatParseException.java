package app.clicks.wolkvox;

/** A body that is not a readable chat_14 answer: HTML, truncated or malformed JSON. */
public final class ChatParseException extends Exception {
  public ChatParseException(String message) {
    super(message);
  }

  public ChatParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
