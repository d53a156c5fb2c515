package app.clicks.teams;

import app.clicks.report.ConversionCodes;
import app.clicks.report.Names;
import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.DirectoryStore;

/** What a Teams card names things with: wolkvox's stored directory and the workspace's ad names and codes. */
@FunctionalInterface
public interface SummaryContexts {
  /** No names, wolkvox's hits as conversions. */
  SummaryContexts NONE = s -> SummaryContext.NONE;

  SummaryContext of(WorkspaceSettings settings);

  /** From the stored directory (never asking wolkvox) and the workspace's choices. */
  static SummaryContexts of(DirectoryStore directory, WorkspaceChoices choices) {
    return s -> new SummaryContext(directory.stored(s.serverId()), Names.of(choices.adNames(s.key())),
        choices.conversionCodes(s.key()).map(ConversionCodes::of).orElse(ConversionCodes.WOLKVOX_HITS));
  }
}
