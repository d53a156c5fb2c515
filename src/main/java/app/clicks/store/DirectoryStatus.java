package app.clicks.store;

import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How the directory of one server stands, for the App Home: when each list was last read and, when its last read
 * failed, why.
 */
public record DirectoryStatus(String serverId, List<ListStatus> lists) {

  /**
   * One list.
   *
   * @param lastReadAt last successful read, or null when never
   * @param lastTriedAt last read tried, or null when never
   * @param lastError why the last read failed (a message a person can act on), or null when it succeeded
   * @param errorKind the kind of that failure, or null
   * @param entries entries stored now
   */
  public record ListStatus(DirectoryList list, Instant lastReadAt, Instant lastTriedAt, String lastError,
      WolkvoxException.Kind errorKind, int entries) {

    public boolean failing() {
      return lastError != null;
    }
  }

  public DirectoryStatus {
    lists = List.copyOf(lists);
  }

  /** The oldest of the lists' last successful reads, or null when a list was never read. */
  public Instant lastReadAt() {
    Instant oldest = null;
    for (ListStatus l : lists) {
      if (l.lastReadAt() == null) {
        return null;
      }
      oldest = oldest == null || l.lastReadAt().isBefore(oldest) ? l.lastReadAt() : oldest;
    }
    return oldest;
  }

  /** The first failing list's reason, or null when no list's last read failed. */
  public String failure() {
    return lists.stream().map(ListStatus::lastError).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** The status of {@code list}. */
  public ListStatus of(DirectoryList list) {
    return lists.stream().filter(l -> l.list() == list).findFirst().orElseThrow();
  }
}
