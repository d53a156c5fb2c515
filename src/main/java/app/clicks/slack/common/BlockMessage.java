package app.clicks.slack.common;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A rendered Slack message: Block Kit blocks and the plain text fallback that notifications and screen readers use. */
public record BlockMessage(String text, List<LayoutBlock> blocks) {
  public BlockMessage {
    blocks = List.copyOf(blocks);
  }
}
