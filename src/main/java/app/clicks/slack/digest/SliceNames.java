package app.clicks.slack.digest;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.AdClicksQuery;
import app.clicks.store.DirectoryStore;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Clock;
import java.util.function.Predicate;

/** Where the digest's Home section and modal learn which routing points and ads a workspace has, and their names. */
@FunctionalInterface
public interface SliceNames {
  /** Nothing known (tests, and a workspace whose lists cannot be read): slices are shown by their ids. */
  SliceNames NONE = key -> KnownSlices.NONE;

  /** The workspace's routing points and ads; never throws (what cannot be read is left out). */
  KnownSlices known(WorkspaceKey key);

  /**
   * As stored: the routing points of the workspace's server from the wolkvox directory (never asking wolkvox), the
   * ads its admins named and those with clicks in the last 30 days (from the per-day aggregates).
   */
  static SliceNames stored(SettingsStore settings, DirectoryStore directory, WorkspaceChoices choices,
      AdClicksQuery query, Predicate<WolkvoxConnection> proven, Clock clock) {
    return new StoredSliceNames(settings, directory, choices, query, proven, clock);
  }
}
