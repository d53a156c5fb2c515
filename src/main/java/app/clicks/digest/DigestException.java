package app.clicks.digest;

/** The digest scheduler failed (Quartz or its tables); carries what was being done. */
public final class DigestException extends RuntimeException {
  public DigestException(String message, Throwable cause) {
    super(message, cause);
  }
}
