package app.clicks.slack.digest;

import app.clicks.digest.SubscriptionStatus;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digests' part of the Home tab: reads the workspace's subscriptions (and, when one is sliced, the names of its
 * routing points and ads) and the last send-now, and draws them.
 */
final class DigestSection implements HomeSection {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSection.class);

  private final Subscriptions subscriptions;
  private final SliceNames names;
  private final SendNowBoard board;
  private final ZoneId defaultZone;

  DigestSection(Subscriptions subscriptions, SliceNames names, SendNowBoard board, ZoneId defaultZone) {
    this.subscriptions = subscriptions;
    this.names = names;
    this.board = board;
    this.defaultZone = defaultZone;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext context) {
    List<SubscriptionStatus> list;
    try {
      list = subscriptions.list(context.workspace());
    } catch (RuntimeException e) {
      LOG.error("Could not read the digest subscriptions of {} for the Home tab", context.workspace(), e);
      return List.of();
    }
    boolean sliced = list.stream().anyMatch(s -> !s.subscription().slice().isAll());
    KnownSlices known = sliced ? names.known(context.workspace()) : KnownSlices.NONE;
    ZoneId zone = context.settings().map(WorkspaceSettings::zone).orElse(defaultZone);
    return DigestBlocks.render(context,
        new DigestBlocks.Facts(list, known, zone, board.entry(context.workspace())));
  }
}
