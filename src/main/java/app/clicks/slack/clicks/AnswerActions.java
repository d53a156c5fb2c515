package app.clicks.slack.clicks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.slack.common.FileTexts;
import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The buttons under an ephemeral answer: Share in channel, Chart (to the person's DM) and CSV (to the DM, where the
 * store can read clicks back). Each carries the answer's {@link ShareValue}, so that it rebuilds the same periods.
 */
final class AnswerActions {
  static final String BLOCK_ID = "clicks_share";

  private AnswerActions() {}

  /** The actions block; {@code csv} false leaves the CSV button out. */
  static LayoutBlock block(Texts t, String value, boolean csv) {
    Texts files = FileTexts.of(t.locale());
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(button(b -> b.actionId(ShareAction.ACTION_ID).text(plainText(t.get("summary.share"))).value(value)));
    buttons.add(button(b -> b.actionId(FileActions.CHART).text(plainText(files.get("button.chart"))).value(value)));
    if (csv) {
      buttons.add(button(b -> b.actionId(FileActions.CSV).text(plainText(files.get("button.csv"))).value(value)));
    }
    return actions(a -> a.blockId(BLOCK_ID).elements(buttons));
  }
}
