package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.AdminAction;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Disconnect" (after Slack's confirm dialog): an admin's click deletes the stored connection and token. */
final class DisconnectButtonListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DisconnectButtonListener.class);

  private final SettingsStore store;
  private final SlackUsers users;
  private final TestBoard board;
  private final HomeTab home;

  DisconnectButtonListener(SettingsStore store, SlackUsers users, TestBoard board, HomeTab home) {
    this.store = store;
    this.users = users;
    this.board = board;
    this.home = home;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    return AdminAction.runFor(req, ctx, users, home, "disconnect", (key, userId) -> {
      store.delete(key);
      board.forget(key);
      LOG.info("{} disconnected workspace {} from wolkvox.", userId, key);
    });
  }
}
