package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Test connection" on the Home tab: shows "testing…", tests in the background, then shows the verdict there. */
final class TestButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TestButtonListener.class);

  private final SettingsStore store;
  private final SlackUsers users;
  private final TestBoard board;
  private final HomeTab home;
  private final ConnectionCheck check;

  TestButtonListener(
      SettingsStore store, SlackUsers users, TestBoard board, HomeTab home, ConnectionCheck check) {
    this.store = store;
    this.users = users;
    this.board = board;
    this.home = home;
    this.check = check;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), key, userId);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: connection test refused.", userId, key);
        home.publish(ctx.client(), key, userId);
        return ctx.ack();
      }
      board.testing(key);
      home.publish(ctx.client(), key, userId);
      check.start(ctx.client(), key, userId, null,
          user.localeOr(store.find(key).map(WorkspaceSettings::language).orElse(null)));
    } catch (RuntimeException e) {
      LOG.error("Could not start the connection test of {}", key, e);
    }
    return ctx.ack();
  }
}
