package app.clicks.report;

/** Words that do not name a period, or a period that cannot be asked for; the message is for a person. */
public final class PeriodException extends RuntimeException {
  private final String input;

  public PeriodException(String input, String message) {
    super(message);
    this.input = input;
  }

  public String input() {
    return input;
  }
}
