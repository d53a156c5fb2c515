package app.clicks.slack.common;

import static com.slack.api.model.block.Blocks.divider;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The Home tab: its parts one after the other, separated by dividers (a pure function). */
public final class HomeView {
  /** The message bundle of the App Home (i18n/home_xx.properties). */
  public static final String BUNDLE = "home";
  /** Slack's limit of blocks in a Home tab. */
  static final int MAX_BLOCKS = 100;

  private HomeView() {}

  public static View render(List<List<LayoutBlock>> parts) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (List<LayoutBlock> part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (!blocks.isEmpty()) {
        blocks.add(divider());
      }
      blocks.addAll(part);
    }
    return View.builder().type("home").blocks(blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS))).build();
  }
}
