package app.clicks.slack.clicks;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.util.Responder;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A press of a button on an answer (share, chart, CSV): who pressed which button where, and the response_url its
 * replies go through. The buttons share how a press is read and how it gets onto the lanes.
 *
 * @param channel the conversation of the answer, null when Slack does not say
 * @param actionId the button pressed, null when the payload has none
 * @param value the button's value, null when the payload has none
 */
record ButtonPress(WorkspaceKey key, String user, String channel, String actionId, String value,
    Responder responder) {
  private static final Logger log = LoggerFactory.getLogger(ButtonPress.class);

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

  /**
   * Puts the task on the fast lane, which it leaves when done; when too many wait already or the lane is closed or
   * full, logs it and tells the user so (in their cached language, else English).
   *
   * @param what the button in log lines ("share", "chart")
   * @param ephemeral the button's ephemeral reply of one line
   */
  void queue(AnswerLanes lanes, SlackUsers users, String what, Function<String, ActionResponse> ephemeral,
      Runnable task) {
    Texts busy = Texts.of("clicks", users.cachedLocale(user).orElse(Locale.ENGLISH));
    if (!lanes.enter()) {
      log.warn("{} refused, {} requests waiting already: workspace={} user={}", what, lanes.maxWaiting(), key, user);
      send(ephemeral.apply(busy.get("busy.waiting", lanes.maxWaiting())));
      return;
    }
    if (!lanes.offer(task)) {
      lanes.leave();
      log.warn("{} refused, fast lane closed or full: workspace={} user={}", what, key, user);
      send(ephemeral.apply(busy.get("ack.busy")));
    }
  }
}
