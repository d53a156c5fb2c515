package app.clicks.slack.clicks;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The ephemeral help of /clicks with examples, optionally led by what was wrong with the words given. */
final class HelpMessage {
  private HelpMessage() {}

  /** @param problem a line saying what could not be read, or null */
  static BlockMessage render(Texts t, String problem) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (problem != null) {
      blocks.add(section(b -> b.text(markdownText(":warning: " + problem))));
    }
    String body = t.get("help.title") + "\n" + t.get("help.usage", CommandText.MAX_TOP, CommandText.DEFAULT_TOP);
    blocks.add(section(b -> b.text(markdownText(body))));
    String examples = "*" + t.get("help.examplesTitle") + "*\n" + t.get("help.examples");
    blocks.add(section(b -> b.text(markdownText(examples))));
    String text = (problem == null ? "" : problem + " ") + t.get("help.fallback");
    return new BlockMessage(text, blocks);
  }
}
