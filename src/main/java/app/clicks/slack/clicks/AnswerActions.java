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
 * The buttons under an ephemeral answer: Yesterday · Last 7 days · This month · Previous period (the answer again,
 * in place, for another period: {@link PeriodActions}), Chart (to the person's DM), CSV (to the DM, where the store
 * can read clicks back) and Share in channel: 7 of the 25 elements Slack allows in an actions block. Each carries the
 * answer's {@link ShareValue}, so that it rebuilds the same periods (or the period before them) with the same top N.
 */
final class AnswerActions {
  static final String BLOCK_ID = "clicks_share";

  private AnswerActions() {}

  /** The actions block; {@code csv} false leaves the CSV button out. */
  static LayoutBlock block(Texts t, String value, boolean csv) {
    Texts files = FileTexts.of(t.locale());
    List<BlockElement> buttons = new ArrayList<>();
    for (String action : PeriodActions.ACTION_IDS) {
      buttons.add(button(b -> b.actionId(action).text(plainText(t.get("summary.button." + action))).value(value)));
    }
    buttons.add(button(b -> b.actionId(FileActions.CHART).text(plainText(files.get("button.chart"))).value(value)));
    if (csv) {
      buttons.add(button(b -> b.actionId(FileActions.CSV).text(plainText(files.get("button.csv"))).value(value)));
    }
    buttons.add(button(b -> b.actionId(ShareAction.ACTION_ID).text(plainText(t.get("summary.share"))).value(value)));
    return actions(a -> a.blockId(BLOCK_ID).elements(buttons));
  }
}
