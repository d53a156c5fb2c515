package app.clicks.slack.digest;

import app.clicks.digest.DigestStatus;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily digest's part of the Home tab: reads the digest's status and the last send-now, and draws them. */
final class DigestSection implements HomeSection {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSection.class);

  private final Function<WorkspaceKey, DigestStatus> status;
  private final SendNowBoard board;

  /** @param status the workspace's digest status (DigestModule::status) */
  DigestSection(Function<WorkspaceKey, DigestStatus> status, SendNowBoard board) {
    this.status = status;
    this.board = board;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext context) {
    DigestStatus s;
    try {
      s = status.apply(context.workspace());
    } catch (RuntimeException e) {
      LOG.error("Could not read the digest of {} for the Home tab", context.workspace(), e);
      return List.of();
    }
    return DigestBlocks.render(context, s, board.entry(context.workspace()));
  }
}
