package app.clicks.slack.connect;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The report timezone a wolkvox server already has: clicks are stored per server and filed by the days of its
 * timezone, so every workspace on a server reads it in one zone, the zone of the workspace that connected it first
 * among those whose own token has worked on it (a workspace that typed the id with a made-up token sets nothing).
 */
public final class ServerZones {
  /** For one workspace per deployment, or tests that are not about sharing a server: no server has a zone yet. */
  public static final ServerZones NONE = new ServerZones(server -> List.of(), c -> false);

  private final Function<String, List<WorkspaceSettings>> onServer;
  private final Predicate<WolkvoxConnection> proved;

  /**
   * @param onServer the workspaces connected to a server, the longest connected first
   * @param proved whether a connection's token has worked on its server (and was not refused since)
   */
  public ServerZones(Function<String, List<WorkspaceSettings>> onServer, Predicate<WolkvoxConnection> proved) {
    this.onServer = onServer;
    this.proved = proved;
  }

  /** The zone of {@code serverId} as another workspace than {@code asking} set it, if one whose token works did. */
  public Optional<ZoneId> of(String serverId, WorkspaceKey asking) {
    for (WorkspaceSettings s : onServer.apply(serverId)) {
      if (s.key().equals(asking) || s.zone() == null || s.tokenState() != WorkspaceSettings.TokenState.OK
          || s.token() == null) {
        continue;
      }
      if (proved.test(new WolkvoxConnection(serverId, s.token(), s.zone()))) {
        return Optional.of(s.zone());
      }
    }
    return Optional.empty();
  }
}
