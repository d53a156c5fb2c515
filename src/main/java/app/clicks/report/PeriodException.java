package app.clicks.report;

/**
 * Words that do not name a period, or a period that cannot be asked for; the message is for a person (English),
 * and {@link #reason()} with {@link #detail()} let another layer say it in another language.
 */
public final class PeriodException extends RuntimeException {

  /** Why the words were refused. */
  public enum Reason {
    /** Not a period we know; detail is the normalised text. */
    UNKNOWN_WORDS,
    /** Looks like a date but is not one (2026-02-30); detail is the text of the date. */
    BAD_DATE,
    /** A range whose end comes before its start; detail is "start..end". */
    END_BEFORE_START,
    /** Longer than {@link Periods#MAX_DAYS} days; detail is the number of days asked for. */
    TOO_LONG,
    /** Starts after now (or exactly now, so nothing to count); detail is the start date. */
    START_IN_FUTURE
  }

  private final String input;
  private final Reason reason;
  private final String detail;

  public PeriodException(String input, String message) {
    this(input, Reason.UNKNOWN_WORDS, input, message);
  }

  public PeriodException(String input, Reason reason, String detail, String message) {
    super(message);
    this.input = input;
    this.reason = reason;
    this.detail = detail;
  }

  /** The text as the person wrote it. */
  public String input() {
    return input;
  }

  public Reason reason() {
    return reason;
  }

  /** The part of the input the reason is about (see each {@link Reason}). */
  public String detail() {
    return detail;
  }
}
