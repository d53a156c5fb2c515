package app.clicks.wolkvox;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A wolkvox request window in wall-clock time of the report timezone: both ends inclusive, to the second,
 * as wolkvox reads date_ini and date_end (…000000 to …235959).
 */
public record Window(LocalDateTime from, LocalDateTime to) {
  public static final DateTimeFormatter WOLKVOX = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  public Window {
    from = from.withNano(0);
    to = to.withNano(0);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends before it starts: " + from + " .. " + to);
    }
  }

  public String dateIni() {
    return WOLKVOX.format(from);
  }

  public String dateEnd() {
    return WOLKVOX.format(to);
  }

  /** Length in seconds, both ends counted. */
  public long seconds() {
    return Duration.between(from, to).getSeconds() + 1;
  }

  @Override
  public String toString() {
    return dateIni() + ".." + dateEnd();
  }
}
