package app.clicks.teams;

import app.clicks.report.ConversionCodes;
import app.clicks.report.Names;
import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.DirectoryStore;

/**
 * What a Teams card names things with: wolkvox's directory as stored (never asking wolkvox, since Teams wants its
 * answer within 5 s) and the workspace's ad names and codes.
 */
@FunctionalInterface
public interface StoredContexts {
  /** No names, wolkvox's hits as conversions. */
  StoredContexts NONE = s -> SummaryContext.NONE;

  SummaryContext of(WorkspaceSettings settings);

  /** From the stored directory (never asking wolkvox) and the workspace's choices. */
  static StoredContexts of(DirectoryStore directory, WorkspaceChoices choices) {
    return s -> new SummaryContext(directory.stored(s.serverId()), Names.of(choices.adNames(s.key())),
        ConversionCodes.ofChoice(choices.conversionCodes(s.key())));
  }
}
