package app.clicks.slack.home;

import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectionBlocks;
import app.clicks.slack.connect.ConnectionStatus;
import app.clicks.slack.connect.TestBoard;
import app.clicks.store.ConnectionStats;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gathers what the Home tab shows for one user and publishes it (views.publish). */
public final class HomePublisher {
  private static final Logger LOG = LoggerFactory.getLogger(HomePublisher.class);

  private final SettingsStore store;
  private final ConnectionStats stats;
  private final SlackUsers users;
  private final TestBoard board;
  private final List<HomeSection> moreSections;

  public HomePublisher(
      SettingsStore store, ConnectionStats stats, SlackUsers users, TestBoard board, List<HomeSection> moreSections) {
    this.store = store;
    this.stats = stats;
    this.users = users;
    this.board = board;
    this.moreSections = List.copyOf(moreSections);
  }

  /** The Home tab of {@code userId} in workspace {@code key}, as it stands now. */
  public View view(MethodsClient client, WorkspaceKey key, String userId) {
    SlackUser user = users.lookup(client, userId);
    Optional<WorkspaceSettings> settings = store.find(key);
    HomeContext ctx =
        new HomeContext(key, settings, userId, user.admin(), user.localeOr(settings.map(WorkspaceSettings::language).orElse(null)));
    ConnectionStatus status = settings
        .filter(s -> s.serverId() != null)
        .map(s -> board.status(key, stats.callsToday(s.serverId(), s.zone()), stats.dailyBudget(),
            stats.lastFetch(s.serverId())))
        .orElse(ConnectionStatus.unknown());
    List<List<LayoutBlock>> parts = new ArrayList<>();
    parts.add(ConnectionBlocks.render(ctx, status));
    for (HomeSection section : moreSections) {
      parts.add(section.blocks(ctx));
    }
    return HomeView.render(parts);
  }

  /** Publishes the Home tab; a Slack error is logged, not thrown. */
  public void publish(MethodsClient client, WorkspaceKey key, String userId) {
    try {
      View view = view(client, key, userId);
      ViewsPublishResponse r = client.viewsPublish(q -> q.userId(userId).view(view));
      if (!r.isOk()) {
        LOG.warn("views.publish for {} in {} failed: {}", userId, key, r.getError());
      }
    } catch (Exception e) {
      LOG.error("Could not publish the Home tab for {} in {}", userId, key, e);
    }
  }
}
