package app.clicks.slack.home;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
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
final class HomePublisher implements HomeTab {
  private static final Logger LOG = LoggerFactory.getLogger(HomePublisher.class);

  private final SettingsStore store;
  private final SlackUsers users;
  private final List<HomeSection> sections;

  HomePublisher(SettingsStore store, SlackUsers users, List<HomeSection> sections) {
    this.store = store;
    this.users = users;
    this.sections = List.copyOf(sections);
  }

  /** The Home tab of {@code userId} in workspace {@code key}, as it stands now. */
  View view(MethodsClient client, WorkspaceKey key, String userId) {
    SlackUser user = users.lookup(client, key, userId);
    Optional<WorkspaceSettings> settings = store.find(key);
    HomeContext ctx = new HomeContext(key, settings, userId, user.admin(),
        user.localeOr(settings.map(WorkspaceSettings::language).orElse(null)));
    List<List<LayoutBlock>> parts = new ArrayList<>();
    for (HomeSection section : sections) {
      parts.add(section.blocks(ctx));
    }
    return HomeView.render(parts);
  }

  /** Publishes the Home tab; a Slack error is logged, not thrown. */
  @Override
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
