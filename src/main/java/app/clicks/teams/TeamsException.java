package app.clicks.teams;

/** The Teams side failed (its settings in the database); the message names the workspace, never a secret. */
public final class TeamsException extends RuntimeException {
  public TeamsException(String message, Throwable cause) {
    super(message, cause);
  }
}
