package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import com.slack.api.bolt.context.Context;

/** The workspace a Bolt request comes from, and whether it is connected to wolkvox. */
public final class Workspaces {
  private Workspaces() {}

  /** The settings key of the request's workspace (enterprise id and team id). */
  public static WorkspaceKey key(Context ctx) {
    return new WorkspaceKey(ctx.getEnterpriseId(), ctx.getTeamId());
  }

  /** True when the workspace has a wolkvox server and a readable, non-blank token: it can ask wolkvox. */
  public static boolean connected(WorkspaceSettings s) {
    return s != null && s.serverId() != null && s.tokenState() == TokenState.OK && s.token() != null
        && !s.token().isBlank();
  }
}
