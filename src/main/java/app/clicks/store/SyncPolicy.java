package app.clicks.store;

import app.clicks.wolkvox.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** The store's rules, pure: when a stored day must be fetched again, and how missing days become windows. */
final class SyncPolicy {
  /** wolkvox answers at most 31 days a request. */
  static final int MAX_WINDOW_DAYS = 31;

  private final StoreSettings settings;

  SyncPolicy(StoreSettings settings) {
    this.settings = settings;
  }

  /**
   * True when {@code day} must be fetched now: never fetched; open or settling and last fetched a refresh period
   * ago or more; settled but last fetched before it settled; or 24 h old and not fetched since.
   * Days that have not started yet are never fetched.
   */
  boolean isStale(LocalDate day, ZoneId zone, Instant fetchedAt, Instant now) {
    Instant start = day.atStartOfDay(zone).toInstant();
    if (!now.isAfter(start)) {
      return false;
    }
    if (fetchedAt == null) {
      return true;
    }
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
    Instant settled = end.plus(settings.settle());
    Instant old = end.plus(java.time.Duration.ofHours(24));
    if (now.isBefore(settled)) {
      return !fetchedAt.plus(settings.refresh()).isAfter(now);
    }
    if (fetchedAt.isBefore(settled)) {
      return true;
    }
    return !now.isBefore(old) && fetchedAt.isBefore(old);
  }

  /** Contiguous runs of {@code days}, cut into windows of whole days, at most 31 days each. */
  static List<Window> windows(SortedSet<LocalDate> days) {
    List<Window> out = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (LocalDate d : days) {
      if (first != null && d.equals(last.plusDays(1)) && last.toEpochDay() - first.toEpochDay() + 1 < MAX_WINDOW_DAYS) {
        last = d;
        continue;
      }
      if (first != null) {
        out.add(window(first, last));
      }
      first = d;
      last = d;
    }
    if (first != null) {
      out.add(window(first, last));
    }
    return out;
  }

  /** The whole-day window from {@code first} 00:00:00 to {@code last} 23:59:59. */
  static Window window(LocalDate first, LocalDate last) {
    return new Window(first.atStartOfDay(), last.atTime(23, 59, 59));
  }

  static LocalDate firstDay(Window w) {
    return w.from().toLocalDate();
  }

  static LocalDate lastDay(Window w) {
    return w.to().toLocalDate();
  }
}
