package app.clicks.slack.names;

import app.clicks.store.DirectoryStatus;
import java.util.Optional;

/**
 * What the Home tab shows of a connected workspace's names and conversions.
 *
 * @param namedAds how many ads its admins named
 * @param server what comes from its wolkvox server; empty while the workspace's own token is not proven on the server
 *     (another workspace may have typed its id)
 */
record NamesFacts(int namedAds, Optional<ServerFacts> server) {

  /** With the server's facts. */
  NamesFacts(int namedAds, CodeChoice codes, Optional<DirectoryStatus> directory) {
    this(namedAds, Optional.of(new ServerFacts(codes, directory)));
  }

  /**
   * @param codes the conversion codes the answers use and where they come from
   * @param directory how the server's wolkvox directory was last read, or empty when that could not be read
   */
  record ServerFacts(CodeChoice codes, Optional<DirectoryStatus> directory) {}
}
