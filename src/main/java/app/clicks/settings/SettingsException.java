package app.clicks.settings;

/** A settings problem: the database failed, or an encryption key is missing or malformed. Never carries a token. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
