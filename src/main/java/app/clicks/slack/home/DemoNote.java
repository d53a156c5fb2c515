package app.clicks.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** The Home tab's first line in demo mode (WOLKVOX_DEMO=true): the bot answers from the built-in demo data. */
final class DemoNote implements HomeSection {
  @Override
  public List<LayoutBlock> blocks(HomeContext context) {
    String text = context.texts().get("home.demo");
    return List.of(context(c -> c.elements(List.of(markdownText(text)))));
  }
}
