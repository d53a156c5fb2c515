package app.clicks.wolkvox;

import java.util.List;

/** Where the directory lists come from: wolkvox's information.php, or the built-in demo data. */
public interface DirectorySource {

  /** Told of each HTTP request just before it is sent, retries included, so that a read that fails counts too. */
  @FunctionalInterface
  interface CallCounter {
    void count();
  }

  /**
   * Reads the whole of {@code list} for the connection's server: entries with a blank id are left out, and "none"
   * from wolkvox is an empty list.
   */
  List<DirectoryEntry> read(WolkvoxConnection connection, DirectoryList list, CallCounter calls)
      throws WolkvoxException;
}
