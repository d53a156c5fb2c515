package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.bolt.context.Context;

/** The settings key of the workspace a Bolt request comes from (enterprise id and team id). */
public final class Workspaces {
  private Workspaces() {}

  public static WorkspaceKey key(Context ctx) {
    return new WorkspaceKey(ctx.getEnterpriseId(), ctx.getTeamId());
  }
}
