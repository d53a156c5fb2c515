package app.clicks.slack.connect;

import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import app.clicks.store.ConnectionStats;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** The wolkvox connection's part of the Home tab: the settings, the server's use today and the last test. */
final class ConnectionSection implements HomeSection {
  private final ConnectionStats stats;
  private final TestBoard board;

  ConnectionSection(ConnectionStats stats, TestBoard board) {
    this.stats = stats;
    this.board = board;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext ctx) {
    ConnectionStatus status = ctx.settings()
        .filter(ConnectionSection::hasServer)
        .map(s -> board.status(ctx.workspace(), stats.callsToday(s.serverId(), s.zone()), stats.dailyBudget(),
            stats.lastFetch(s.serverId())))
        .orElse(ConnectionStatus.unknown());
    return ConnectionBlocks.render(ctx, status);
  }

  /** True when the workspace has a wolkvox server set (its token may still be missing or unreadable). */
  static boolean hasServer(WorkspaceSettings s) {
    return s != null && s.serverId() != null;
  }
}
