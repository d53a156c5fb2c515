package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Home tab button that changes settings at once (disconnect): done for an admin, refused for anyone else. */
public final class AdminAction {
  private static final Logger LOG = LoggerFactory.getLogger(AdminAction.class);

  /** The change itself, given the workspace and the admin's user id. */
  @FunctionalInterface
  public interface Change {
    void apply(WorkspaceKey key, String userId);
  }

  private AdminAction() {}

  /**
   * Looks the user up, applies the change if they are an admin, republishes their Home tab either way, logs a failure
   * and acks.
   *
   * @param what names the action in log lines ("disconnect", "Teams disconnect")
   */
  public static Response runFor(BlockActionRequest req, ActionContext ctx, SlackUsers users, HomeTab home,
      String what, Change change) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      if (users.lookup(ctx.client(), key, userId).admin()) {
        change.apply(key, userId);
      } else {
        LOG.warn("{} is not an admin of {}: {} refused.", userId, key, what);
      }
      home.publish(ctx.client(), key, userId);
    } catch (RuntimeException e) {
      LOG.error("The {} of {} failed", what, key, e);
    }
    return ctx.ack();
  }
}
