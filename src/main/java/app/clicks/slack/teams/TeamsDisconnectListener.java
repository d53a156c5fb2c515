package app.clicks.slack.teams;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
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
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      if (users.lookup(ctx.client(), userId).admin()) {
        teams.disconnect(key);
        LOG.info("{} disconnected Teams from {}.", userId, key);
      } else {
        LOG.warn("{} is not an admin of {}: Teams disconnect refused.", userId, key);
      }
      home.publish(ctx.client(), key, userId);
    } catch (RuntimeException e) {
      LOG.error("Could not disconnect Teams from {}", key, e);
    }
    return ctx.ack();
  }
}
