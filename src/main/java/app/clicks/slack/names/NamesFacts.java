package app.clicks.slack.names;

import app.clicks.store.DirectoryStatus;
import java.util.Optional;

/**
 * What the Home tab shows of a connected workspace's names and conversions.
 *
 * @param namedAds how many ads its admins named
 * @param codes the conversion codes the answers use and where they come from
 * @param directory how the server's wolkvox directory was last read, or empty when that could not be read
 */
record NamesFacts(int namedAds, CodeChoice codes, Optional<DirectoryStatus> directory) {}
