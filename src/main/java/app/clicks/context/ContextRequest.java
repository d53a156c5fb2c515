package app.clicks.context;

import app.clicks.settings.WorkspaceKey;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;

/**
 * What an answer asks names for: the workspace (its choices), its wolkvox server, who asks (the directory's call
 * budget: a person or the digest) and the totals the answer read (the ids the directory should know).
 *
 * @param workspace the workspace whose ad names and conversion codes apply, or null for none (the `report` command
 *     without --team)
 */
public record ContextRequest(WorkspaceKey workspace, WolkvoxConnection connection, Purpose purpose,
    StoredTotals totals) {
  public ContextRequest {
    if (connection == null || purpose == null || totals == null) {
      throw new IllegalArgumentException("a context request needs a connection, a purpose and the totals");
    }
  }
}
