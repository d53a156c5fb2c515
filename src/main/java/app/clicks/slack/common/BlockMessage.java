package app.clicks.slack.common;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A rendered Slack message: Block Kit blocks and the plain text fallback that notifications and screen readers use. */
public record BlockMessage(String text, List<LayoutBlock> blocks) {
  public BlockMessage {
    blocks = List.copyOf(blocks);
  }

  /** A one-section message. */
  public static BlockMessage plain(String text) {
    return new BlockMessage(text, List.of(section(b -> b.text(markdownText(text)))));
  }
}
