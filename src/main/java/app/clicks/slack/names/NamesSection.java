package app.clicks.slack.names;

import app.clicks.report.Directory;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.Workspaces;
import app.clicks.store.DirectoryStatus;
import app.clicks.store.DirectoryStore;
import app.clicks.wolkvox.WolkvoxConnection;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names part of the Home tab, for a workspace with a wolkvox server: reads the choices, and the server's directory
 * only while the workspace's own token is proven on the server.
 */
final class NamesSection implements HomeSection {
  private static final Logger LOG = LoggerFactory.getLogger(NamesSection.class);

  private final WorkspaceChoices choices;
  private final DirectoryStore directory;
  private final Predicate<WolkvoxConnection> proven;

  /** @param proven whether the workspace's own token works on its server, without which nothing of it is shown */
  NamesSection(WorkspaceChoices choices, DirectoryStore directory, Predicate<WolkvoxConnection> proven) {
    this.choices = choices;
    this.directory = directory;
    this.proven = proven;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext ctx) {
    WorkspaceSettings s = ctx.settings().filter(x -> x.serverId() != null).orElse(null);
    if (s == null) {
      return List.of();
    }
    try {
      if (!Workspaces.proven(s, proven)) {
        return NamesBlocks.render(ctx, new NamesFacts(choices.adNames(ctx.workspace()).size(), Optional.empty()));
      }
      Optional<DirectoryStatus> status;
      Directory known;
      try {
        status = Optional.of(directory.status(s.serverId()));
        known = directory.stored(s.serverId());
      } catch (RuntimeException e) {
        LOG.warn("The directory of server {} could not be read for the Home tab of {}: {}", s.serverId(),
            ctx.workspace(), e.toString());
        status = Optional.empty();
        known = Directory.EMPTY;
      }
      CodeChoice codes = CodeChoice.of(known, choices.conversionCodes(ctx.workspace()), List.of());
      return NamesBlocks.render(ctx, new NamesFacts(choices.adNames(ctx.workspace()).size(), codes, status));
    } catch (RuntimeException e) {
      LOG.error("Could not read the ad names and codes of {} for the Home tab", ctx.workspace(), e);
      return List.of();
    }
  }
}
