package app.clicks.slack.connect;

import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.Workspaces;
import app.clicks.slack.connect.ConnectionStatus.ServerUse;
import app.clicks.store.ConnectionStats;
import app.clicks.wolkvox.WolkvoxConnection;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The wolkvox connection's part of the Home tab: the settings, the server's use today (only while the workspace's own
 * token is proven on the server: another workspace may have typed its id) and the last test.
 */
final class ConnectionSection implements HomeSection {
  private final ConnectionStats stats;
  private final TestBoard board;
  private final Predicate<WolkvoxConnection> proven;

  ConnectionSection(ConnectionStats stats, TestBoard board, Predicate<WolkvoxConnection> proven) {
    this.stats = stats;
    this.board = board;
    this.proven = proven;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext ctx) {
    ConnectionStatus status = ctx.settings()
        .filter(ConnectionSection::hasServer)
        .map(s -> board.status(ctx.workspace(), use(s)))
        .orElse(ConnectionStatus.unknown());
    return ConnectionBlocks.render(ctx, status);
  }

  private Optional<ServerUse> use(WorkspaceSettings s) {
    if (!Workspaces.proven(s, proven)) {
      return Optional.empty();
    }
    return Optional.of(new ServerUse(stats.callsToday(s.serverId(), s.zone()), stats.dailyBudget(),
        stats.lastFetch(s.serverId())));
  }

  /** True when the workspace has a wolkvox server set (its token may still be missing or unreadable). */
  static boolean hasServer(WorkspaceSettings s) {
    return s != null && s.serverId() != null;
  }
}
