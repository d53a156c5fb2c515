package app.clicks.slack.teams;

import app.clicks.slack.common.AdminAction;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.teams.Teams;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Disconnect Teams": an admin deletes both secrets and the Teams settings; anyone else changes nothing. */
final class TeamsDisconnectListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsDisconnectListener.class);

  private final Teams teams;
  private final SlackUsers users;
  private final HomeTab home;

  TeamsDisconnectListener(Teams teams, SlackUsers users, HomeTab home) {
    this.teams = teams;
    this.users = users;
    this.home = home;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    return AdminAction.runFor(req, ctx, users, home, "Teams disconnect", (key, userId) -> {
      teams.disconnect(key);
      LOG.info("{} disconnected Teams from {}.", userId, key);
    });
  }
}
