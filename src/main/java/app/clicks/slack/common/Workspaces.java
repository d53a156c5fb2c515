package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.wolkvox.WolkvoxConnection;
import com.slack.api.bolt.context.Context;
import java.util.function.Predicate;

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

  /**
   * True when the workspace is connected and {@code proven} (store.ProvenReader#proven) says its own token works on
   * its server: what a server's stored figures are shown on, since another workspace may have typed the same id.
   */
  public static boolean proven(WorkspaceSettings s, Predicate<WolkvoxConnection> proven) {
    return connected(s) && WolkvoxConnection.isValidServerId(s.serverId()) && s.zone() != null
        && proven.test(new WolkvoxConnection(s.serverId(), s.token(), s.zone()));
  }
}
