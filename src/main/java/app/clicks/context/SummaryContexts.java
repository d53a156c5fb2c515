package app.clicks.context;

import app.clicks.report.SummaryContext;

/**
 * Gives an answer its {@link SummaryContext}: the names and conversion codes of its workspace and server. Never
 * throws: what cannot be read is left out, and the answer shows ids (see {@link WorkspaceContexts}).
 */
@FunctionalInterface
public interface SummaryContexts {
  /** Ids only, no conversions: for answers that are not given names (and tests that are not about them). */
  SummaryContexts NONE = request -> SummaryContext.NONE;

  SummaryContext of(ContextRequest request);
}
