package app.clicks.testing;

import app.clicks.report.AdCount;
import app.clicks.report.Totals;
import app.clicks.store.StoredTotals;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Known totals for tests that need numbers, not a computation. */
public final class TestTotals {
  private TestTotals() {}

  /** A day with {@code clicks} clicks on one ad (120210000000001) by one agent (ana.gomez), and {@code chats} chats. */
  public static Totals day(long clicks, long chats) {
    return new Totals(clicks, chats, 0,
        clicks == 0 ? List.of() : List.of(new AdCount("120210000000001", "", "ad", "video", clicks)),
        clicks == 0 ? Map.of() : Map.of("ana.gomez", clicks), Map.of(), Map.of(), Collections.nCopies(24, 0L));
  }

  /** Fetched totals: {@code current} clicks (and chats) against {@code previous}, synced at the epoch. */
  public static StoredTotals stored(long current, long previous) {
    return new StoredTotals(day(current, current), day(previous, previous), Instant.EPOCH, false, 1);
  }
}
