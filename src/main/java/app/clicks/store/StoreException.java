package app.clicks.store;

/** The database failed; carries what was being done. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
