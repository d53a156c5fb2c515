package app.clicks.slack.teams;

import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import app.clicks.teams.TeamsSettingsStore;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Teams part of the Home tab: reads the workspace's Teams settings and last card, and draws them. */
final class TeamsSection implements HomeSection {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsSection.class);

  private final TeamsSettingsStore store;
  private final TeamsBlocks.Reach reach;

  TeamsSection(TeamsSettingsStore store, TeamsBlocks.Reach reach) {
    this.store = store;
    this.reach = reach;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext context) {
    try {
      return TeamsBlocks.render(context, store.find(context.workspace()), store.lastPost(context.workspace()), reach);
    } catch (RuntimeException e) {
      LOG.error("Could not read the Teams settings of {} for the Home tab", context.workspace(), e);
      return List.of();
    }
  }
}
