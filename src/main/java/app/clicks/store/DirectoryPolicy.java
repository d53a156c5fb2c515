package app.clicks.store;

import java.time.LocalDate;

/**
 * The directory's refresh rule, pure: each list is read once a day (report timezone); when an answer meets an id
 * the list does not know, it is read once more that day, and no more: ids still unknown wait for the next day.
 */
final class DirectoryPolicy {
  private DirectoryPolicy() {}

  /** Why a list is read now. */
  enum Refresh {
    NONE,
    DAILY,
    EXTRA
  }

  /**
   * What to do with a list last read (tried) on {@code readDay}, whose extra read was used on {@code extraDay}
   * (either null when never), when {@code unknownSeen} tells whether the answer met an id it does not know.
   */
  static Refresh decide(LocalDate readDay, LocalDate extraDay, LocalDate today, boolean unknownSeen) {
    if (!today.equals(readDay)) {
      return Refresh.DAILY;
    }
    if (unknownSeen && !today.equals(extraDay)) {
      return Refresh.EXTRA;
    }
    return Refresh.NONE;
  }
}
