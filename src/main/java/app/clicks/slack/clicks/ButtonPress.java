package app.clicks.slack.clicks;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.util.Responder;

/**
 * A press of a button on an answer (share, chart, CSV): who pressed which button where, and the response_url its
 * replies go through. Read once for every button.
 *
 * @param channel the conversation of the answer, null when Slack does not say
 * @param actionId the button pressed, null when the payload has none
 * @param value the button's value, null when the payload has none
 */
record ButtonPress(WorkspaceKey key, String user, String channel, String actionId, String value,
    Responder responder) {
  static ButtonPress of(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    WorkspaceKey key = new WorkspaceKey(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
        p.getTeam() == null ? ctx.getTeamId() : p.getTeam().getId());
    String user = p.getUser() == null ? "" : p.getUser().getId();
    var action = p.getActions() == null || p.getActions().isEmpty() ? null : p.getActions().get(0);
    String channel = p.getChannel() == null ? null : p.getChannel().getId();
    return new ButtonPress(key, user, channel, action == null ? null : action.getActionId(),
        action == null ? null : action.getValue(), new Responder(ctx.getSlack(), ctx.getResponseUrl()));
  }

  /** Sends one reply through the response_url; true when Slack took it. */
  boolean send(ActionResponse response) {
    return ClicksCommand.send(responder, response, key, user);
  }
}
